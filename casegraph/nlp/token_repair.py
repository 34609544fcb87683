"""casegraph_token_repair: split a capitalized name glued to a following function word.

Scraped text sometimes loses the space between a name and the next word ("...Lunawho is").
The split is only made when the suffix is in a closed list of function words and the prefix is
a plausible name piece: a known first name, or a token that stands alone elsewhere in the doc.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from .extensions import register_extensions
from .lexicon import is_first_name

# Short suffixes such as "is" or "and" are left out: "Lewis" or "Roland" would be cut.
GLUED_SUFFIXES = ("whose", "which", "who", "has", "had", "said", "says")
MIN_PREFIX = 3


def split_point(token: Token, standalone: set[str]) -> int | None:
    """Where to cut the token into name + function word, or None to leave it alone."""
    text = token.text
    if not text.isalpha() or not text[:1].isupper() or text.isupper():
        return None
    if is_first_name(text):
        return None
    lowered = text.lower()
    for suffix in GLUED_SUFFIXES:
        cut = len(text) - len(suffix)
        if cut < MIN_PREFIX or not lowered.endswith(suffix) or not text[cut:].islower():
            continue
        prefix = text[:cut]
        if prefix in standalone or is_first_name(prefix):
            return cut
    return None


def repair_tokens(doc: Doc) -> Doc:
    standalone = {t.text for t in doc if t.text[:1].isupper()}
    cuts = [(t, cut) for t in doc if (cut := split_point(t, standalone)) is not None]
    if not cuts:
        return doc
    with doc.retokenize() as retokenizer:
        for token, cut in cuts:
            orths = [token.text[:cut], token.text[cut:]]
            retokenizer.split(token, orths, heads=[(token, 1), (token, 1)])
    return doc


@Language.factory("casegraph_token_repair", assigns=["token.text"], requires=[])
def make_token_repair(nlp: Language, name: str) -> TokenRepair:
    register_extensions()
    return TokenRepair()


class TokenRepair:
    def __call__(self, doc: Doc) -> Doc:
        return repair_tokens(doc)
