"""Exporters: each reads the store through `casegraph.export.records` and writes one format."""
