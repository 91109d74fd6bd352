"""How every bench times: the thing measured against its *floor*, alternating, in the same run.

``alternate`` runs one discarded warm-up of each trial, then ``repeat`` rounds of each in
turn, so a busy moment on the machine (another process, thermal throttling) hits every
series rather than one. ``measure`` does it for a scenario and its floor and keeps the
samples as a ``Result``: medians, their ratio, and the JSON shapes the benches write.
``timed`` and ``timed_call`` are the clock around the one piece of work a trial times.
"""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

T = TypeVar("T")

Trial = Callable[[], float]
"""Set up, time one run of the thing measured, tear down; return the timed seconds."""


def timed_call(work: Callable[[], T], *, collect: bool = True) -> tuple[float, T]:
    """Wall seconds (``time.perf_counter``) of ``work()`` and what it returned; the garbage
    is collected first, untimed, unless ``collect`` is False."""
    if collect:
        gc.collect()
    started = time.perf_counter()
    outcome = work()
    return time.perf_counter() - started, outcome


def timed(work: Callable[[], object], *, collect: bool = True) -> float:
    """Wall seconds of ``work()`` (see ``timed_call``)."""
    return timed_call(work, collect=collect)[0]


def alternate(
    trials: Sequence[Trial],
    repeat: int,
    *,
    warm_up: bool = True,
    each_round: Callable[[list[list[float]]], None] | None = None,
) -> list[list[float]]:
    """Each trial's samples: one discarded warm-up of each (unless ``warm_up`` is False,
    the caller having warmed them up), then ``repeat`` rounds running each in turn;
    ``each_round`` sees the samples so far after every round (to print progress)."""
    if warm_up:
        for trial in trials:
            trial()
    series: list[list[float]] = [[] for _ in trials]
    for _ in range(repeat):
        for samples, trial in zip(series, trials, strict=True):
            samples.append(trial())
        if each_round is not None:
            each_round(series)
    return series


def ratio(median: float, floor_median: float) -> float:
    """How many floors the thing measured takes (infinite over a floor of nothing)."""
    return median / floor_median if floor_median > 0 else float("inf")


@dataclass
class Result:
    """One scenario's samples and its floor's, in seconds (warm-ups already dropped)."""

    name: str
    samples_s: list[float]
    floor_samples_s: list[float]

    @property
    def median_s(self) -> float:
        return statistics.median(self.samples_s)

    @property
    def floor_median_s(self) -> float:
        return statistics.median(self.floor_samples_s)

    @property
    def ratio(self) -> float:
        return ratio(self.median_s, self.floor_median_s)

    def as_json(self) -> dict[str, Any]:
        """``bench/run.py``'s shape: seconds, the ratio and every sample."""
        return {
            "name": self.name,
            "median_s": round(self.median_s, 6),
            "floor_median_s": round(self.floor_median_s, 6),
            "ratio": round(self.ratio, 3),
            "samples_s": [round(s, 6) for s in self.samples_s],
            "floor_samples_s": [round(s, 6) for s in self.floor_samples_s],
        }

    def in_ms(
        self, ms_places: int | None = None, ratio_places: int | None = None
    ) -> dict[str, float | str]:
        """The stand-alone benches' shorter shape: the medians in milliseconds and the
        ratio, each rounded to its places when they are given."""

        def kept(value: float, places: int | None) -> float:
            return value if places is None else round(value, places)

        return {
            "name": self.name,
            "median_ms": kept(self.median_s * 1000, ms_places),
            "floor_ms": kept(self.floor_median_s * 1000, ms_places),
            "ratio": kept(self.ratio, ratio_places),
        }


def measure(name: str, trial: Trial, floor_trial: Trial, repeat: int) -> Result:
    """``trial`` against ``floor_trial``, alternating (see ``alternate``)."""
    samples, floor_samples = alternate((trial, floor_trial), repeat)
    return Result(name, samples, floor_samples)


def ms_table(results: Sequence[dict[str, Any]], floor_places: int = 1) -> str:
    """``in_ms`` results as the stand-alone benches print them."""
    width = max(len(str(r["name"])) for r in results)
    lines = [f"{'scenario':<{width}}  {'median':>10}  {'floor':>10}  {'ratio':>7}"]
    for r in results:
        lines.append(
            f"{r['name']!s:<{width}}  {r['median_ms']:>8.1f}ms  "
            f"{r['floor_ms']:>8.{floor_places}f}ms  {r['ratio']:>7.2f}"
        )
    return "\n".join(lines)
