"""The casegraph_claims component: who said, alleged or denied what, about whom, where and when.

The rules (claim_rules: speech, denial, accusation and "according to"; claim_parenthetical,
claim_objects, claim_nouns, claim_layout, claim_spanish) propose (cue, speaker, content) triples;
this component settles each one: the speaker becomes a local entity (pronouns, roles and unnamed
sources included), a content inside quotation marks becomes a direct quote (widened to the whole
quote when it runs over several sentences, joined with its resumption after "she said,"), the
medium and date come from the sentence or carry over from the speaker's earlier claim, and
quote-only paragraphs go to the speaker just before them.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..models import Claim, DateValue, Evidence
from .attribution_model import AttributionModel, load_model, model_file
from .claim_about import about, self_denial
from .claim_cues import ALLEGATION_WORDS, OPINION_MARKERS
from .claim_found import Found
from .claim_medium import carried_medium, date_in, medium_events, medium_in
from .claim_merge import drop_nested
from .claim_proposals import proposals
from .claim_quotes import (
    DOUBLE_QUOTES,
    QUOTE_MARKS,
    clean_content,
    is_quote_only,
    paragraph_of,
    paragraphs,
    quote_at,
    quotes_of,
)
from .claim_speakers import SpeakerResolver
from .extensions import doc_list, register_extensions

MAX_PARAGRAPHS_TO_SPEAKER = 2
MAX_ATTRIBUTION_WORDS = 12


class ClaimBuilder:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc.text
        self.quotes = quotes_of(doc)
        self.paragraphs = paragraphs(doc.text)
        self.media = medium_events(doc)
        self.speakers = SpeakerResolver(doc)
        self.claims: list[Claim] = []

    def content(self, f: Found) -> tuple[int, int, bool] | None:
        start, end = f.content_start, f.content_end
        if end <= start:  # "X said:" with the quote after the colon, maybe in the next paragraph
            after = [q for q in self.quotes if q[0] >= f.cue_end]
            if not after or paragraph_of(self.paragraphs, after[0][0]) - paragraph_of(self.paragraphs, f.cue_end) > 1:
                return None
            start, end = after[0]
        if f.gap is not None:
            return self._around(start, end, f.gap)
        if f.anchor.is_punct:  # layout attributions ("NAME: ...", "” ― Name") already know their extent
            return start, end, f.direct
        quote = quote_at(self.quotes, start, end)
        if quote is None or quote[0] < f.cue_end <= quote[1] - 1:
            return start, self._close_scare_quote(start, end), False
        if quote[0] > start and f.cue_end <= start:  # said X was "a criminal": reported speech quoting words
            return start, max(end, quote[1]), False
        # The parser sees one sentence of a quote; the claim is the whole quotation.
        start, end = min(start, quote[0] + 1), max(end, quote[1] - 1)
        resumed = self._resumed(f, quote)
        if resumed is not None:
            f.gap = (end, resumed[0] + 1)
            end = resumed[1] - 1
        return start, end, True

    def _close_scare_quote(self, start: int, end: int) -> int:
        """were "absurd." : take in the mark that closes a quotation opened inside the content."""
        if sum(self.text[start:end].count(m) for m in DOUBLE_QUOTES) % 2 == 0:
            return end
        stop = end
        while stop < len(self.text) and stop - end < 3 and self.text[stop] in ".,;!? ":
            stop += 1
        return stop + 1 if stop < len(self.text) and self.text[stop] in DOUBLE_QUOTES else end

    def _resumed(self, f: Found, quote: tuple[int, int]) -> tuple[int, int] | None:
        """“A,” she said, “B.”: the quotation that resumes right after the attribution."""
        if quote[1] > f.cue_start:
            return None
        after = [q for q in self.quotes if q[0] >= f.cue_end]
        if not after:
            return None
        between = self.text[quote[1] : after[0][0]]
        if "\n" in between or len(between.split()) > MAX_ATTRIBUTION_WORDS or not between.rstrip().endswith(","):
            return None
        return after[0]

    def _around(self, start: int, end: int, gap: tuple[int, int]) -> tuple[int, int, bool]:
        """Content on both sides of a parenthetical attribution; quoted when either side is."""
        first = quote_at(self.quotes, start, gap[0])
        last = quote_at(self.quotes, gap[1], end)
        if first is not None and first[1] <= gap[0]:
            start = min(start, first[0] + 1)
        if last is not None and last[0] >= gap[1]:
            end = max(end, last[1] - 1)
        return start, end, first is not None or last is not None

    def evidence(self, start: int, end: int) -> Evidence:
        first = self.doc.char_span(start, end, alignment_mode="expand")
        assert first is not None
        sents = [first[0].sent, first[-1].sent]
        return Evidence(self.doc._.cg_article_id, start, end, sents[0].start_char, sents[1].end_char)

    def about(self, start: int, end: int, speaker: int, f: Found) -> list[int]:
        return about(self.doc, start, end, speaker, f.stance == "deny", f.targets)

    def quoted(self, f: Found) -> bool:
        """Cue and speaker inside someone's quotation ("... people know that ...") belong to that quote."""
        assert f.speaker is not None
        if f.anchor.is_punct:
            return False
        quote = quote_at(self.quotes, f.speaker.start_char, f.cue_end)
        return quote is not None and quote[0] < min(f.speaker.start_char, f.cue_start) and f.cue_end < quote[1]

    def add(self, f: Found) -> None:
        settled = self.content(f)
        if settled is None or f.speaker is None or self.quoted(f):
            return
        start, end, direct = settled
        speaker = self.speakers.resolve(f.speaker)
        if speaker is None:
            return
        if f.stance != "deny" and not direct and self_denial(self.doc, start, end):
            f.stance = "deny"
        elif f.stance == "assert" and any(m in self.text[start:end].lower() for m in OPINION_MARKERS):
            f.stance = "allege"  # "which, in his opinion, provoked ...": the source's contested view
        sent = f.anchor.sent
        medium = medium_in(sent, (start, end))
        carried = carried_medium(self.media, speaker, f.anchor.i)
        medium = medium or (carried.medium if carried else None) or self.speakers.last_medium(speaker, f.anchor)
        date = date_in(self.doc, sent.start_char, sent.end_char, (start, end)) or (carried.date if carried else None)
        self.speakers.remember(speaker, f.anchor, medium)
        self._append(f, speaker, start, end, direct, medium, date)

    def _append(self, f: Found, speaker: int, start: int, end: int, direct: bool, medium: str | None,
                date: DateValue | None) -> None:
        assert f.speaker is not None
        span_start = min(start, f.cue_start, f.speaker.start_char)
        span_end = max(end, f.cue_end, f.speaker.end_char)
        content = clean_content(self.text[start:end])
        if f.gap is not None and start < f.gap[0] and f.gap[1] < end:
            sides = ((start, f.gap[0]), (f.gap[1], end))
            content = " ".join(self.text[a:b].strip(QUOTE_MARKS + " ,") for a, b in sides)
        self.claims.append(Claim(
            article_id=self.doc._.cg_article_id, speaker=speaker, stance=f.stance,
            cue=self.text[f.cue_start:f.cue_end], text=content, direct=direct,
            about=self.about(start, end, speaker, f), evidence=self.evidence(span_start, span_end),
            medium=medium, date=date, content_start=start, content_end=end, cue_start=f.cue_start,
            cue_end=f.cue_end, speaker_start=f.speaker.start_char, speaker_end=f.speaker.end_char,
        ))

    def quote_paragraphs(self) -> None:
        """A paragraph that is nothing but a quotation belongs to the speaker quoted just before it."""
        covered = [(c.content_start, c.content_end) for c in self.claims]
        for p_start, p_end in self.paragraphs:
            if not is_quote_only(self.text, p_start, p_end, self.quotes):
                continue
            if any(s < p_end and p_start < e for s, e in covered):
                continue
            here = paragraph_of(self.paragraphs, p_start)
            before = [c for c in self.claims if c.content_end <= p_start
                      and here - paragraph_of(self.paragraphs, c.content_end - 1) <= MAX_PARAGRAPHS_TO_SPEAKER]
            if not before:
                continue
            prior = before[-1]
            start = p_start + len(self.text[p_start:p_end]) - len(self.text[p_start:p_end].lstrip())
            end = p_start + len(self.text[p_start:p_end].rstrip())
            content = clean_content(self.text[start:end])
            words = {w.strip(".,;:").lower() for w in content.split()}
            self.claims.append(Claim(
                article_id=prior.article_id, speaker=prior.speaker,
                stance="allege" if words & ALLEGATION_WORDS and prior.stance != "deny" else prior.stance,
                cue=prior.cue, text=content, direct=True, about=self.about(start, end, prior.speaker or -1,
                                                                          Found(0, 0, 0, 0, "assert", self.doc[0])),
                evidence=self.evidence(min(start, prior.cue_start, prior.speaker_start or start), end),
                medium=prior.medium, date=prior.date,
                content_start=start, content_end=end, cue_start=prior.cue_start, cue_end=prior.cue_end,
                speaker_start=prior.speaker_start, speaker_end=prior.speaker_end,
            ))
        self.claims.sort(key=lambda c: (c.evidence.start, c.evidence.end))


def extract_claims(doc: Doc, model: AttributionModel | None = None) -> list[Claim]:
    builder = ClaimBuilder(doc)
    for found in proposals(doc, model):
        builder.add(found)
    builder.quote_paragraphs()
    return drop_nested(builder.claims)


@Language.factory("casegraph_claims", assigns=["doc._.cg_claims", "doc._.cg_entities", "doc.spans"],
                  requires=["doc.spans", "doc._.cg_entities"], default_config={"attribution_model": ""})
def make_claims(nlp: Language, name: str, attribution_model: str) -> ClaimFinder:
    """`attribution_model`: a learned model (English only) adding claims beyond the rules: `builtin`,
    a file path, or empty / `none` for the rules alone."""
    register_extensions()
    path = model_file(attribution_model)
    return ClaimFinder(load_model(path) if path and nlp.lang == "en" else None)


class ClaimFinder:
    def __init__(self, model: AttributionModel | None = None) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        if len(doc):
            doc_list(doc, "cg_claims").extend(extract_claims(doc, self.model))
        return doc
