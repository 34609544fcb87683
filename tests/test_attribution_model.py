"""The learned attribution model: candidates and features on hand-built docs, the model file, and its
claims through the real pipeline (a model with hand-set weights, so nothing here needs PolNeAR)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from casegraph.errors import ModelError
from casegraph.models import DateValue
from casegraph.nlp.attribution_features import candidates, features, source_of
from casegraph.nlp.attribution_model import AttributionModel, load_model
from casegraph.nlp.claim_found import Found
from casegraph.nlp.claim_learned import learned_claims
from casegraph.nlp.extensions import doc_entities
from casegraph.nlp.pipeline import build_pipeline
from casegraph.settings import get_settings

Row = tuple[str, int, str, str, str, str]  # word, head, dep, pos, tag, lemma


def hand_doc(rows: list[Row]) -> Doc:
    words, heads, deps, pos, tags, lemmas = (list(col) for col in zip(*rows))
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)  # type: ignore[arg-type]


RIDICULED = [
    ("The", 1, "det", "DET", "DT", "the"),
    ("governor", 2, "nsubj", "NOUN", "NN", "governor"),
    ("ridiculed", 2, "ROOT", "VERB", "VBD", "ridicule"),
    ("the", 4, "det", "DET", "DT", "the"),
    ("audit", 2, "dobj", "NOUN", "NN", "audit"),
    ("of", 4, "prep", "ADP", "IN", "of"),
    ("the", 7, "det", "DET", "DT", "the"),
    ("contract", 5, "pobj", "NOUN", "NN", "contract"),
    (".", 2, "punct", "PUNCT", ".", "."),
]

NOT_BELIEVE = [
    ("Ruiz", 3, "nsubj", "PROPN", "NNP", "Ruiz"),
    ("does", 3, "aux", "AUX", "VBZ", "do"),
    ("not", 3, "neg", "PART", "RB", "not"),
    ("believe", 3, "ROOT", "VERB", "VB", "believe"),
    ("that", 8, "mark", "SCONJ", "IN", "that"),
    ("the", 6, "det", "DET", "DT", "the"),
    ("port", 8, "nsubjpass", "NOUN", "NN", "port"),
    ("was", 8, "auxpass", "AUX", "VBD", "be"),
    ("sold", 3, "ccomp", "VERB", "VBN", "sell"),
    (".", 3, "punct", "PUNCT", ".", "."),
]


def model(weights: dict[str, float], bias: float = -3.0, threshold: float = 0.5) -> AttributionModel:
    return AttributionModel(weights, bias, threshold)


def test_candidates_pair_a_head_word_with_what_could_be_said() -> None:
    doc = hand_doc(RIDICULED)
    found = {(cue.text, content.text, kind) for cue, content, kind in candidates(doc)}
    assert ("ridiculed", "audit", "dobj") in found
    assert ("audit", "contract", "prep-of") in found
    assert all(cue.pos_ in ("VERB", "NOUN", "ADJ", "AUX") for cue, _, _ in candidates(doc))


def test_features_name_the_cue_link_source_and_negation() -> None:
    doc = hand_doc(NOT_BELIEVE)
    (believe,) = [(c, k, kind) for c, k, kind in candidates(doc) if c.text == "believe"]
    names = features(*believe)
    assert {"l=believe", "k=ccomp", "lk=believe|ccomp", "cf=that", "neg=True", "st=PROPN", "sl=ruiz"} <= set(names)
    assert source_of(doc[3]) is not None and source_of(doc[3]).text == "Ruiz"  # type: ignore[union-attr]


def test_a_candidate_scoring_above_the_threshold_becomes_a_claim_proposal() -> None:
    doc = hand_doc(RIDICULED)
    (found,) = learned_claims(doc, model({"lk=ridicule|dobj": 5.0}))
    assert doc.text[found.cue_start:found.cue_end] == "ridiculed"
    assert doc.text[found.content_start:found.content_end] == "the audit of the contract"
    assert found.speaker is not None and found.speaker.text == "The governor"
    assert found.stance == "assert" and [t.text for t in found.targets] == ["audit"]
    assert learned_claims(doc, model({"lk=ridicule|dobj": 2.0})) == []  # sigmoid(-1) < 0.5


def test_what_the_rules_exclude_on_purpose_the_model_does_not_add() -> None:
    doc = hand_doc(NOT_BELIEVE)  # "does not believe": like "did not say", no claim
    assert learned_claims(doc, model({"l=believe": 5.0})) == []
    affirmative = hand_doc([
        ("Ruiz", 1, "nsubj", "PROPN", "NNP", "Ruiz"),
        ("believes", 1, "ROOT", "VERB", "VBZ", "believe"),
        ("that", 6, "mark", "SCONJ", "IN", "that"),
        ("the", 4, "det", "DET", "DT", "the"),
        ("port", 6, "nsubjpass", "NOUN", "NN", "port"),
        ("was", 6, "auxpass", "AUX", "VBD", "be"),
        ("sold", 1, "ccomp", "VERB", "VBN", "sell"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (found,) = learned_claims(affirmative, model({"l=believe": 5.0}))
    assert affirmative.text[found.content_start:found.content_end] == "that the port was sold"
    rejected = hand_doc([(w if w != "ridiculed" else "rejected", h, d, p, t, lm if lm != "ridicule" else "reject")
                         for w, h, d, p, t, lm in RIDICULED])  # a ruling on a request, not a claim
    assert learned_claims(rejected, model({"k=dobj": 5.0})) == []
    declined = hand_doc([
        ("The", 1, "det", "DET", "DT", "the"),
        ("embassy", 2, "nsubj", "NOUN", "NN", "embassy"),
        ("declined", 2, "ROOT", "VERB", "VBD", "decline"),
        ("to", 4, "aux", "PART", "TO", "to"),
        ("comment", 2, "xcomp", "VERB", "VB", "comment"),
        (".", 2, "punct", "PUNCT", ".", "."),
    ])
    assert learned_claims(declined, model({"k=xcomp": 5.0})) == []
    phoned = hand_doc([  # "call" is a cue as "called X a liar" or "called for", not as "called the police"
        ("Alvarado", 1, "nsubj", "PROPN", "NNP", "Alvarado"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("the", 3, "det", "DET", "DT", "the"),
        ("police", 1, "dobj", "NOUN", "NNS", "police"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    assert learned_claims(phoned, model({"l=call": 5.0})) == []
    called_for = hand_doc([
        ("Alvarado", 1, "nsubj", "PROPN", "NNP", "Alvarado"),
        ("called", 1, "ROOT", "VERB", "VBD", "call"),
        ("for", 1, "prep", "ADP", "IN", "for"),
        ("new", 4, "amod", "ADJ", "JJ", "new"),
        ("elections", 2, "pobj", "NOUN", "NNS", "election"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ])
    (found,) = learned_claims(called_for, model({"l=call": 5.0}))
    assert called_for.text[found.content_start:found.content_end] == "new elections"


def test_the_rules_proposals_win_where_they_overlap() -> None:
    doc = hand_doc(RIDICULED)
    rule = Found(doc[2].idx, doc[2].idx + 9, doc[3].idx, len(doc.text) - 1, "allege", doc[2], speaker=doc[0:2])
    assert learned_claims(doc, model({"l=ridicule": 5.0}), [rule]) == []
    # Two candidates of one cue: the better one is kept, the other overlaps its cue.
    both = learned_claims(doc, model({"l=ridicule": 5.0, "k=dobj": 1.0, "l=audit": 5.0}))
    assert [doc.text[f.cue_start:f.cue_end] for f in both] == ["ridiculed"]


def test_model_file_round_trip_and_clear_errors(tmp_path: Path) -> None:
    path = tmp_path / "attribution.json"
    AttributionModel({"l=say": 1.5}, -0.5, 0.3, {"articles": 2}).save(path)
    loaded = load_model(str(path))
    assert loaded.weights == {"l=say": 1.5} and loaded.threshold == 0.3
    assert loaded.probability(["l=say"]) == pytest.approx(1 / (1 + 2.718281828 ** -1.0), rel=1e-6)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": "something else"}), encoding="utf-8")
    with pytest.raises(ModelError, match="bad.json.*not a casegraph attribution model"):
        load_model(str(bad))
    with pytest.raises(ModelError, match="missing.json.*file not found"):
        load_model(str(tmp_path / "missing.json"))


RIDICULE_TEXT = "Governor Elena Varga ridiculed the audit of the port contract on Monday."


def claims_with(setting: str, text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker name, content) of the claims the real pipeline finds with this model setting."""
    nlp = build_pipeline(get_settings(attribution_model=setting), model="en_core_web_sm")
    doc = nlp.make_doc(text)
    doc._.cg_article_id = "t"
    doc._.cg_published = DateValue("2025-05-16", "day", None)
    doc = nlp(doc)
    return [(c.cue, doc_entities(doc)[c.speaker].name if c.speaker is not None else None, c.text)
            for c in doc._.cg_claims]


def test_the_pipeline_adds_the_models_claims_only_when_configured(tmp_path: Path) -> None:
    path = tmp_path / "attribution.json"
    model({"lk=ridicule|dobj": 5.0}).save(path)
    assert claims_with("", RIDICULE_TEXT) == []
    assert claims_with(str(path), RIDICULE_TEXT) == [("ridiculed", "Elena Varga", "the audit of the port contract")]


def test_a_missing_model_file_stops_the_pipeline_with_its_name(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="nowhere.json"):
        build_pipeline(get_settings(attribution_model=str(tmp_path / "nowhere.json")), model="en_core_web_sm")


def test_a_build_redoes_its_annotations_when_the_model_changes(tmp_path: Path) -> None:
    from casegraph.build import pipeline_fingerprint

    first, second = tmp_path / "one.json", tmp_path / "two.json"
    model({"l=ridicule": 5.0}).save(first)
    model({"l=ridicule": 1.0}).save(second)
    rules = pipeline_fingerprint(get_settings(attribution_model=""))
    with_first = pipeline_fingerprint(get_settings(attribution_model=str(first)))
    assert len({rules, with_first, pipeline_fingerprint(get_settings(attribution_model=str(second)))}) == 3
    assert pipeline_fingerprint(get_settings(attribution_model=str(first))) == with_first


def test_the_setting_names_the_shipped_model_a_file_or_none() -> None:
    from casegraph.nlp.attribution_model import model_file

    shipped = model_file("builtin")
    assert shipped is not None and shipped.endswith("attribution-en.json.gz") and Path(shipped).is_file()
    assert model_file("none") is None and model_file("") is None and model_file(" None ") is None
    assert model_file("/data/my-model.json") == "/data/my-model.json"
    assert get_settings().attribution_model == "builtin"  # on unless switched off


def test_the_shipped_model_loads_with_its_provenance() -> None:
    from casegraph.nlp.attribution_model import model_file

    shipped = load_model(str(model_file("builtin")))
    assert shipped.meta["articles"] == 840 and "polnear" in str(shipped.meta["trained_on"]).lower()
    assert 0.0 < shipped.threshold < 1.0
    assert shipped.meta["features"] == len(shipped.weights)
    assert min(abs(w) for w in shipped.weights.values()) >= shipped.meta["min_weight"]


def test_a_gzipped_model_file_round_trips_and_is_the_same_bytes_each_time(tmp_path: Path) -> None:
    one, two = tmp_path / "one.json.gz", tmp_path / "two.json.gz"
    model({"l=ridicule": 5.0}, threshold=0.3).save(one)
    model({"l=ridicule": 5.0}, threshold=0.3).save(two)
    assert one.read_bytes() == two.read_bytes()
    assert load_model(str(one)) == model({"l=ridicule": 5.0}, threshold=0.3)
    broken = tmp_path / "broken.json.gz"
    broken.write_bytes(one.read_bytes()[:20])
    with pytest.raises(ModelError, match="broken.json.gz"):
        load_model(str(broken))


def test_the_default_pipeline_reads_claims_the_rules_do_not_know() -> None:
    assert claims_with("none", RIDICULE_TEXT) == []
    assert claims_with("builtin", RIDICULE_TEXT) == [("ridiculed", "Elena Varga", "the audit of the port contract")]
