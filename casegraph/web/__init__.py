"""The web UI and JSON API: FastAPI routes that are thin adapters over the library."""
