"""Today's worklist: which accounts a collector works now, in which order, and why."""
