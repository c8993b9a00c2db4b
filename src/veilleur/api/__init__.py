"""HTTP API over the store (FastAPI); ``create_app`` also mounts the dashboard."""
from .app import create_app

__all__ = ["create_app"]
