"""Benchmark: the shipped move classifier on the held-out sets (typed as trainees type, never trained on).

Run: .venv/bin/python benchmarks/understanding.py
Aims (issue 10): family right >= 85%, move kind top-1 >= 65%, top-3 >= 85%; <= 30 ms per utterance on one core.
Also prints how often the player would be asked "did you mean ...?", the weights' size, load time and memory.
"""

from __future__ import annotations

import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from simulator.understanding import CONFIDENT, classify
from simulator.understanding.labelled import held_out
from simulator.understanding.model import WEIGHTS_DIR, _load, model_for


def main() -> None:
    size = sum(path.stat().st_size for path in WEIGHTS_DIR.glob("*.json.gz"))
    print(f"weights on disk: {size / 1024:.0f} KiB ({', '.join(p.name for p in sorted(WEIGHTS_DIR.glob('*.gz')))})")
    for language in ("nl", "en"):
        _load.cache_clear()
        started = time.perf_counter()
        model_for(language)
        load_ms = (time.perf_counter() - started) * 1000
        _load.cache_clear()
        tracemalloc.start()
        model_for(language)
        memory = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        examples = held_out(language)
        family = top1 = top3 = asked = confident_wrong = 0
        timings = []
        for text, move in examples:
            # CPU time of this thread: what one core spends, whatever else the machine is doing.
            started = time.thread_time()
            answer = classify(text, language)
            timings.append((time.thread_time() - started) * 1000)
            ranked = [m for m, _ in answer.ranked]
            family += answer.family is move.family
            top1 += answer.move is move
            top3 += move in ranked[:3]
            asked += not answer.confident
            confident_wrong += answer.confident and answer.move is not move
        n = len(examples)
        print(
            f"{language}: {n} held-out utterances | family {family / n:.1%} | top-1 {top1 / n:.1%} | "
            f"top-3 {top3 / n:.1%} | asked 'did you mean' {asked / n:.1%} (threshold {CONFIDENT}) | "
            f"played a wrong kind without asking {confident_wrong / n:.1%}"
        )
        print(
            f"    CPU ms per utterance: median {statistics.median(timings):.2f}, "
            f"95th percentile {statistics.quantiles(timings, n=20)[-1]:.2f}, max {max(timings):.2f} | "
            f"load {load_ms:.0f} ms | weights in memory {memory / 1e6:.1f} MB"
        )


if __name__ == "__main__":
    main()
