"""Runners: the pure analysis (veilleur.pipeline) run at scale, around it, never inside it.

- ``local``: worker processes on one machine (all cores by default), streaming into a store,
  resumable (``analyze_stream``, ``run_into_store``);
- ``ray_runner``: the same analysis on a Ray cluster, through Parquet shards (``run_ray``);
- ``parquet``: the Parquet exchange format (articles, actors, events, quotes tables), used
  by ``veilleur export/import --parquet`` and by the Ray runner's shards.

See docs/scale.md.
"""
