"""Executors that map the per-article annotate step over articles: local (default) or Dask."""
