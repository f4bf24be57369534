"""The Ray resolution gives the local events (run only where the ray extra is installed)."""

from __future__ import annotations

import importlib.util
import json

import pytest

from summitparse import Event, Extraction

requires_ray = pytest.mark.skipif(
    importlib.util.find_spec("ray") is None, reason='needs the ray extra: pip install -e ".[ray]"'
)


@requires_ray
def test_ray_groups_by_blocking_key_and_gives_the_local_events(
    gold_corpus: list[Extraction], gold_events: list[Event]
) -> None:
    import ray

    from summitparse.ray.events import resolve_dataset_events

    rows = [json.loads(x.model_dump_json()) for x in gold_corpus]
    rows.append({"id": "bad.txt", "source": None, "error": {"type": "X", "message": "m"}})
    ray.init(num_cpus=2, include_dashboard=False, ignore_reinit_error=True)
    try:
        result = resolve_dataset_events(ray.data.from_items(rows))
    finally:
        ray.shutdown()
    assert result.skipped == 1
    assert result.events == gold_events
