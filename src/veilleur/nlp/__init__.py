"""spaCy pipelines and Veilleur's own spaCy components."""
from .pipelines import SUPPORTED_LANGUAGES, load_pipeline, pipeline_language

__all__ = ["SUPPORTED_LANGUAGES", "load_pipeline", "pipeline_language"]
