"""The rules backend on the seed and every fixture, against their gold files.

One test per article and record type, so a failure names both. Known misses are listed in
``KNOWN_MISSES`` with the reason; they are strict xfails, so fixing one turns it into a failure
that asks for the entry to be removed.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

import summitparse
from summitparse.evaluate import RECORD_TYPES, score_article

ROOT = Path(__file__).resolve().parents[2]
GOLD_FILES = sorted((ROOT / "seeds").glob("*.gold.json")) + sorted(
    (ROOT / "fixtures").glob("*.gold.json")
)

# (article name, record type) -> what the rules get wrong there.
KNOWN_MISSES: dict[tuple[str, str], str] = {
    ("relative_dates_ke_et", "agreements"): (
        "a 'Water-Sharing Agreement' the article later calls a treaty: kind comes from the "
        "name only, so it reads 'other'"
    ),
    ("summit_postponed_eu_gcc", "trade_figures"): (
        "'between the two blocs': parties left implicit and the lead names only the EU"
    ),
    ("tariffs_sanctions_uk_ru", "trade_figures"): (
        "sanction counts take all the lead's countries (GB, RU, BY) where gold names GB, RU"
    ),
    ("trade_deal_uk_jp", "trade_figures"): (
        "'from the bloc' refers back to the EU; anaphora is not resolved, the lead's JP is used"
    ),
    ("analysis_summit_us_cn", "summits"): (
        "an analysis a week later: Trump is untitled and countryless, the venue only 'Beijing' "
        "in 'left Beijing', so the summit falls below two countries"
    ),
    ("analysis_summit_us_cn", "agreements"): (
        "'the tariff truce first struck when they met in Busan last October': the clause's "
        "date is the truce's origin, not the summit's extension"
    ),
    ("analysis_summit_us_cn", "trade_figures"): (
        "soybean purchases in tons and a port fee per ship are measured without a trade word "
        "beside them"
    ),
    ("g20_miami_communique", "trade_figures"): (
        "'narrowing of China's trade surplus ... 25%' and LNG shipments in tonnes are missed; "
        "poverty 'lending' is taken for trade"
    ),
    ("g20_miami_communique", "figures"): (
        "'more than 20 since the group first met': a count of working groups named sentences "
        "earlier"
    ),
    ("mou_summit_us_in", "trade_figures"): "DFC lending is missed; tariff parties read IN, RU",
    (
        "partnership_upgrade_id_au",
        "trade_figures",
    ): "'financing for clean energy' is not read as investment",
    ("phone_call_de_tr", "trade_figures"): "an arms order in pounds is missed",
    ("state_visit_king_pl", "summits"): "Queen Camilla travels with the King and is counted",
    ("summit_cancelled_us_ru", "trade_figures"): (
        "sanction figures: parties take every country in the clause; Russia's oil revenues are "
        "taken for trade"
    ),
    ("trade_talks_in_ca", "trade_figures"): "lentil exports in tonnes are missed",
    ("treaty_signed_my_sg", "agreements"): (
        "'the existing 1962 water agreement' starts with a year, which described names do not"
    ),
    ("treaty_signed_my_sg", "trade_figures"): "water prices per unit and a payment are missed",
    ("treaty_signed_my_sg", "figures"): (
        "'3 sen' stays in the sub-unit with no currency, as the peer cases have cents and pence"
    ),
    # The six fixtures written last (kyodo_summit_jp_ph … uk_domestic_aid_cuts) were annotated
    # blind; their misses below are what the rules get wrong on copy they were not tuned on.
    ("kyodo_summit_jp_ph", "agreements"): "a described 'intelligence-sharing pact' is counted "
    "besides the named information-security agreement",
    ("kyodo_summit_jp_ph", "dates"): "'now' is read as a date",
    ("phone_call_br_ca", "agreements"): (
        "'free trade deal' and 'free trade agreement' are two records; Mercosur's members are "
        "listed as parties; 'relaunch talks' reads as proposed"
    ),
    ("phone_call_br_ca", "trade_figures"): "US tariffs take the clause's BR/CA as parties; "
    "a quota in tonnes and fund holdings are missed",
    ("state_visit_dw_kr_fr", "summits"): "the talks' day is only in a clause after the dateline "
    "with a future reading",
    ("state_visit_dw_kr_fr", "agreements"): "'joint statement on what the Elysee called' is a "
    "second statement; the statement has no date",
    ("state_visit_dw_kr_fr", "trade_figures"): "a Czech reactor contract in koruna is missed",
    ("state_visit_dw_kr_fr", "dates"): "'Wednesday' after 'is due to' reads as past",
    ("summit_cancelled_lb_sy", "trade_figures"): "a 30% fall in transit traffic is missed",
    ("summit_cancelled_lb_sy", "figures"): "'500,000 refugees' one word away is not a count",
    ("trade_round_au_eu", "trade_figures"): (
        "quotas in tonnes, car exports in vehicles and lithium shares are missed; tariff parties "
        "miss the EU when only Australia is named"
    ),
    ("trade_round_au_eu", "dates"): "'2023 offer' as a year before a noun is missed",
    ("uk_domestic_aid_cuts", "trade_figures"): "a vehicle quota is missed; a 40% duty in another "
    "story is taken",
    ("uk_domestic_aid_cuts", "quotes"): (
        "a partial quote after a sentence about Rubio goes to Rubio; 'according to an Oxfam "
        "analysis' is not read; 'a Downing Street spokesperson' keeps the word spokesperson"
    ),
    ("uk_domestic_aid_cuts", "dates"): "'11 June' in a future clause reads as last year's",
    ("uk_domestic_aid_cuts", "figures"): "'100,000 British vehicles' is not a count",
    ("video_summit_coalition", "agreements"): (
        "a joint statement of a video summit: no summit to give its parties and date"
    ),
}


def _article_name(gold_path: Path) -> str:
    return gold_path.name.removesuffix(".gold.json")


@cache
def _prediction(gold_path: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    article = gold_path.with_name(_article_name(gold_path) + ".txt")
    text = article.open(encoding="utf-8", newline="").read()
    x = summitparse.extract(
        text, published=gold.get("published"), id=gold.get("id"), backend="rules"
    )
    return gold, x.model_dump(mode="json")


def _cases() -> list[Any]:
    cases = []
    for gold_path in GOLD_FILES:
        for kind in RECORD_TYPES:
            name = _article_name(gold_path)
            marks = []
            if (name, kind) in KNOWN_MISSES:
                marks.append(pytest.mark.xfail(reason=KNOWN_MISSES[(name, kind)], strict=True))
            cases.append(pytest.param(gold_path, kind, id=f"{name}-{kind}", marks=marks))
    return cases


def test_there_are_fixtures() -> None:
    assert len(GOLD_FILES) >= 9


@pytest.mark.parametrize(("gold_path", "kind"), _cases())
def test_rules_match_gold(gold_path: Path, kind: str) -> None:
    gold, pred = _prediction(gold_path)
    score = score_article(gold, pred)
    matching = score.matchings[kind]
    problems = [f"missed {m}" for m in _short(kind, matching.missed)]
    problems += [f"false hit {m}" for m in _short(kind, matching.extra)]
    problems += [f"wrong {w}" for w in score.types[kind].wrong]
    assert not problems, "\n".join(problems)


def _short(kind: str, records: list[Any]) -> list[str]:
    keys = {
        "dates": ("text", "value"),
        "figures": ("text", "value", "currency"),
        "quotes": ("text", "speaker"),
        "agreements": ("name", "status"),
        "summits": ("location", "start_date"),
        "trade_figures": ("description", "value"),
    }
    return [repr({k: r.get(k) for k in keys[kind]}) for r in records]
