"""Stories: one real-world happening told by many reports.

- clustering.py groups articles into stories (near-duplicate wire copies and rewritten
  reports, across French and English);
- consolidate.py merges the events a story's articles report into one event per happening;
- alerts.py evaluates analysts' rules (thresholds, anomaly tests) over event counts;
- watch.py follows RSS/Atom feeds over time.
All of it works on analysed Documents (the contract) and never inside the analysis.
"""
from .clustering import ClusterSettings, Story, cluster_documents
from .consolidate import ConsolidatedEvent, consolidate_events

__all__ = ["ClusterSettings", "ConsolidatedEvent", "Story", "cluster_documents", "consolidate_events"]
