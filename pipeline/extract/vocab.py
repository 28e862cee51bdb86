"""The label vocabulary of labels.toml, loaded once and compiled for matching."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

VOCAB_FILE = Path(__file__).with_name("labels.toml")


def _alt(words) -> str:
    """An alternation of the words that tries the longest first, written as a trie ("di|dari|dalam" ->
    "d(?:a(?:lam|ri)|i)"): `re` tries a plain alternation word by word at every position, and the long cue
    lists made each search cost tens of microseconds.

    Same matches as the plain alternation longest first: the words that match at a position all begin the
    text there, and the trie tries them longest first too (a branch before the word that ends at its node).
    That needs sibling letters no text character can both match, so only for lower-case ASCII words
    (IGNORECASE matches "K" to "k" and the Kelvin sign, never to another letter); others stay plain.
    """
    words = set(words)
    if not all(w.isascii() and w == w.lower() for w in words):
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}   # a word ends here
    return _trie_rx(trie)


def _trie_rx(node: dict) -> str:
    branches = [re.escape(ch) + _trie_rx(sub) for ch, sub in sorted(node.items()) if ch]
    if not branches:
        return ""
    rx = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:   # a word ends here: a longer one first (greedy), then this one
        rx = (f"(?:{rx})" if len(branches) == 1 else rx) + "?"
    return rx


def _alt_loose(words) -> str:
    """Like _alt, but a suffix "nya" may be written apart ("akibat nya") and a hyphen as a space or nothing."""
    out = []
    for w in sorted(set(words), key=len, reverse=True):
        rx = re.escape(w).replace(r"\-", "[- ]?")
        if w.endswith("nya"):
            rx = rx[:-3] + r"\s?nya"
        out.append(rx)
    return "|".join(out)


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=512)   # cached: one sentence is checked against a dozen cue lists
def _words_of(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


class CueRx:
    """A compiled pattern that skips its search when the text lacks words every match must hold.

    `needs`: sets of whole words (runs of word characters with no word character beside them) such that
    every match of the pattern holds a word of each set. For a cue list after "(?<![\\w])", each cue followed
    by a non-word character or the end (`_cues`, `_cue_rx`), that is one set: the cues' first words. Most
    sentences hold none of most lists, and a set lookup costs far less than a regex scan of the sentence:
    the matches are the same, only fewer scans are made.
    """

    __slots__ = ("rx", "needs")

    def __init__(self, pattern: str, *needs):
        self.rx = re.compile(pattern)
        self.needs = tuple(frozenset(words) for words in needs)

    def _none_in(self, text: str) -> bool:
        words = _words_of(text)
        for need in self.needs:   # (a loop, not any(): this runs a dozen times a sentence)
            if need.isdisjoint(words):
                return True
        return False

    def search(self, text: str):
        return None if self._none_in(text) else self.rx.search(text)

    def findall(self, text: str) -> list:
        return [] if self._none_in(text) else self.rx.findall(text)

    def finditer(self, text: str):
        return iter(()) if self._none_in(text) else self.rx.finditer(text)

    def sub(self, repl, text: str, count: int = 0) -> str:
        return text if self._none_in(text) else self.rx.sub(repl, text, count)


def _first_words(cues) -> set[str]:
    return {_WORD.match(w).group(0) for w in cues}


def _cue_rx(pattern: str, *cue_lists) -> CueRx | re.Pattern:
    """CueRx of a pattern of cue lists when every cue begins with a word character, else the compiled pattern."""
    if all(_WORD.match(w) for ws in cue_lists for w in ws):
        return CueRx(pattern, _first_words(w for ws in cue_lists for w in ws))
    return re.compile(pattern)


def _lower_cues(words) -> CueRx | re.Pattern:
    """For lower-case ASCII text, the twin of a case-blind cue list: the same matches (the words are lower-case
    ASCII, so IGNORECASE could only add capitals), with CueRx's word check; else the case-blind list itself."""
    words = list(words)
    if all(w.isascii() and w == w.lower() for w in words):
        return _cues(words)
    return re.compile(rf"(?<![\w])(?:{_alt(words)})(?![\w])", re.IGNORECASE)


def _cues(words) -> CueRx | re.Pattern:
    """The cue words as whole words: (?<![\\w])(?:words)(?![\\w])."""
    words = list(words)
    return _cue_rx(rf"(?<![\w])(?:{_alt(words)})(?![\w])", words)


# Javanese-flavoured letters keep the Indonesian words and put in a Javanese "di" or pronoun:
# "tinggal wonten Dusun ...", "rumah kula ing Desa ...".
_JAVANESE_DI = ("wonten", "ing", "neng", "ning", "nang")


def _with_javanese_di(phrases) -> list[str]:
    out = list(phrases)
    out += [p.replace("saya", k) for p in phrases if "saya" in p.split() for k in ("kula", "kulo")]
    # krama "griya" (house) in an Indonesian sentence: "griya saya di Dusun ..."
    out += [p.replace("rumah", "griya") for p in list(out) if p.split()[0] == "rumah"]
    out += [p[:-2] + w for p in list(out) if p.endswith(" di") for w in _JAVANESE_DI]
    return out


@dataclass(frozen=True)
class Vocab:
    identity: dict[str, tuple[str, ...]]
    sections: dict[str, tuple[str, ...]]
    identity_rx: re.Pattern
    section_rx: re.Pattern
    label_of: dict[str, tuple[str, str]]   # label -> (kind, field)
    # labels of 4+ letters by first letter: a misspelt label keeps its first letter
    # (lines.fuzzy_equal), so only these need an edit-distance check
    labels_by_initial: dict[str, tuple[tuple[str, str, str], ...]]
    request_rx: re.Pattern
    request_mid_rx: CueRx
    loss_strong_rx: CueRx | re.Pattern   # CueRx: the same matches, fewer scans
    loss_feel_rx: CueRx | re.Pattern
    loss_modal_rx: CueRx | re.Pattern
    request_early_rx: re.Pattern
    request_empty: frozenset
    loss_weak_rx: CueRx | re.Pattern
    continue_rx: re.Pattern
    filler_rx: CueRx | re.Pattern
    intro_rx: CueRx | re.Pattern
    first_person_rx: CueRx | re.Pattern
    identity_cue_rx: CueRx | re.Pattern
    closing_rx: re.Pattern
    closing_words: tuple[str, ...]
    # closing words of 6+ letters by first letter: the ones a misspelt closing line ("Hormat sya,") is checked against
    closing_fuzzy: dict[str, tuple[str, ...]]
    address_marker_rx: re.Pattern
    address_prose_rx: re.Pattern
    # the two above for lower-case ASCII text (sentences.classify's): CueRx skips most sentences unscanned
    address_marker_lower: CueRx | re.Pattern
    address_prose_lower: CueRx | re.Pattern
    loss_discourse_rx: re.Pattern
    loss_discourse: tuple[str, ...]
    # one-word consequence cues of 6+ letters by first letter, for misspelt openers ("akibtnya")
    loss_discourse_fuzzy: dict[str, tuple[str, ...]]
    loss_not_received_rx: CueRx | re.Pattern
    loss_community_rx: CueRx | re.Pattern
    loss_harm_rx: CueRx | re.Pattern
    loss_effort_rx: re.Pattern
    loss_cause_rx: re.Pattern
    family_rx: CueRx | re.Pattern    # a family word of a label head; group name = field
    request_verbs: tuple[str, ...]   # request verbs of 4+ letters, for misspelt openers ("mohn")
    request_verbs_fuzzy: dict[str, tuple[str, ...]]   # the same by first letter
    chat: dict[str, str]             # shorthand -> the word ("krn" -> "karena")
    chat_rx: CueRx | re.Pattern | None

    def expand_chat(self, low: str) -> str:
        """Lower-cased text with chat shorthand spelt out ("krn itu sy tdk bs" -> "karena itu sy tidak bisa")."""
        if self.chat_rx is None:
            return low
        return self.chat_rx.sub(lambda m: self.chat[m.group(0)], low)


def words_by_initial(words) -> dict[str, tuple[str, ...]]:
    """Words grouped by first letter, in their order: a misspelling keeps its first letter (lines.fuzzy_equal),
    so a word is checked against one group only."""
    out: dict[str, list[str]] = {}
    for w in words:
        out.setdefault(w[:1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def _by_initial(label_of: dict[str, tuple[str, str]]) -> dict[str, tuple[tuple[str, str, str], ...]]:
    out: dict[str, list[tuple[str, str, str]]] = {}
    for label, (kind, field) in label_of.items():
        if len(label) >= 4:
            out.setdefault(label[0], []).append((label, kind, field))
    return {k: tuple(v) for k, v in out.items()}


_REQUEST_MID_WORDS = ("mohon", "memohon", "meminta", "minta", "berharap", "menuntut", "mengharapkan", "request",
                      "ask", "urge", "kindly", "respectfully", "hereby", "therefore", "also", "harap", "nyuwun",
                      "hope", "tolong")
_REQUEST_VERBS = ("mohon", "memohon", "meminta", "minta", "berharap", "tolong", "mengharapkan", "menuntut")


@lru_cache(maxsize=1)
def vocab() -> Vocab:
    with open(VOCAB_FILE, "rb") as fh:
        data = tomllib.load(fh)
    identity = {k: tuple(v) for k, v in data["identity"].items()}
    sections = {k: tuple(v) for k, v in data["sections"].items()}
    label_of: dict[str, tuple[str, str]] = {}
    for field, words in identity.items():
        for w in words:
            label_of.setdefault(w, ("identity", field))
    for field, words in sections.items():
        for w in words:
            label_of.setdefault(w, ("section", field))
    cues = data["cues"]
    conn = _alt(cues["connectives"])
    opener = _alt(cues["request_openers"])
    not_req = _alt(cues["request_not"])
    b = r"(?<![\w])"
    e = r"(?![\w])"
    return Vocab(
        identity=identity,
        sections=sections,
        identity_rx=re.compile(rf"^({_alt(w for ws in identity.values() for w in ws)}){e}"),
        section_rx=re.compile(rf"^({_alt(w for ws in sections.values() for w in ws)}){e}"),
        label_of=label_of,
        labels_by_initial=_by_initial(label_of),
        request_rx=re.compile(rf"^(?:(?:{conn})\s*,?\s*)*(?:{opener}){e}(?!\s*(?:{not_req}){e})"),
        # every match holds a whole word of _REQUEST_MID_WORDS: the first verb, "request/ask/urge" before "that",
        # the adverb, or the verb after the pronoun
        request_mid_rx=CueRx(rf"{b}(?:mohon|memohon|meminta|minta|berharap|menuntut|mengharapkan)\s+"
                             rf"(?:agar|supaya|kepada|bapak|ibu|pihak|bkpsdm|untuk segera|segera)"
                             rf"{e}|{b}(?:i|we)\s+(?:would like to\s+)?(?:request|ask|urge)\s+that{e}"
                             # "I kindly ask BKPSDM to ...", "we respectfully request ..."
                             rf"|{b}(?:i|we)\s+(?:would\s+)?(?:kindly|respectfully|hereby|therefore|also)\s+"
                             rf"(?:ask|request|urge|hope|appeal){e}"
                             # "Kalau masih ada yang kurang, mohon saya diberi tahu ...": the plea opens the main clause
                             rf"|,\s*(?:mohon|tolong){e}(?!\s*(?:maaf|sewu){e})"
                             # "Sekali lagi saya berharap ...": a hope or plea early in the sentence
                             rf"|^(?:\S+\s+){{0,4}}(?:saya|kami|sy|kulo|kula|aku|i|we)\s+(?:sangat\s+|really\s+)?"
                             rf"(?:mohon|memohon|harap|berharap|mengharapkan|menuntut|nyuwun|minta|request|hope|"
                             rf"urge){e}(?!\s*(?:maaf|sewu){e})", _REQUEST_MID_WORDS),
        loss_strong_rx=_cues(cues['loss_strong']),
        loss_feel_rx=_cues(cues['loss_feel']),
        loss_modal_rx=_cues(cues['loss_modal']),
        request_early_rx=re.compile(rf"^(?:\S+\s+){{0,3}}(?:{_alt(cues['request_early'])}){e}"
                                    rf"(?!\s*(?:{not_req}){e})"),
        request_empty=frozenset(cues["request_empty"]),
        loss_weak_rx=_cues(cues['loss_weak']),
        continue_rx=re.compile(rf"^(?:{_alt(cues['continue_words'])}){e}"),
        filler_rx=_cues(cues['filler']),
        intro_rx=_cues(cues['intro']),
        first_person_rx=_cues(cues['first_person']),
        identity_cue_rx=_cues(cues['identity']),
        closing_rx=re.compile(rf"^(?:{_alt(data['closing']['words'])}){e}"),
        closing_words=tuple(data["closing"]["words"]),
        closing_fuzzy=words_by_initial(w for w in data["closing"]["words"] if len(w) >= 6),
        address_marker_rx=re.compile(rf"{b}(?:{_alt(data['address']['markers'])}){e}", re.IGNORECASE),
        address_prose_rx=re.compile(rf"{b}(?:{_alt(_with_javanese_di(data['address']['prose']))}){e}", re.IGNORECASE),
        address_marker_lower=_lower_cues(data['address']['markers']),
        address_prose_lower=_lower_cues(_with_javanese_di(data['address']['prose'])),
        loss_discourse_rx=re.compile(rf"{b}(?:{_alt_loose(cues['loss_discourse'])}){e}"),
        loss_discourse=tuple(cues["loss_discourse"]),
        loss_discourse_fuzzy=words_by_initial(w for w in cues["loss_discourse"] if " " not in w and len(w) >= 6),
        # "saya belum menerima tunjangan", "I have not received my salary", "gaji sy blm cair": a negation, a
        # receiving verb and a thing of value within a few words, either order
        # (either order holds a negation and a thing of value, each opening its cue after a space or the start)
        loss_not_received_rx=CueRx(
            rf"{b}(?:{_alt(cues['loss_negation'])})\s+(?:\S+\s+){{0,2}}?(?:{_alt(cues['loss_receive'])}){e}"
            rf"(?:\s+\S+){{0,4}}?\s+(?:{_alt(cues['loss_valuable'])}){e}"
            rf"|{b}(?:{_alt(cues['loss_valuable'])})(?:\s+\S+){{0,3}}?\s+(?:{_alt(cues['loss_negation'])})\s+"
            rf"(?:juga\s+|pernah\s+|kunjung\s+)?(?:cair|dicairkan|dibayar|dibayarkan|ditransfer|diterima|paid|"
            rf"received){e}", _first_words(cues['loss_negation']), _first_words(cues['loss_valuable'])),
        loss_community_rx=_cues(cues['loss_community']),
        loss_harm_rx=_cues(cues['loss_harm']),
        loss_effort_rx=re.compile(rf"{b}(?:{_alt_loose(cues['loss_effort'])}){e}"),
        loss_cause_rx=re.compile(rf"^(?:{_alt(cues['loss_cause'])}){e}[^,;.]{{6,140}},\s*(?:(?:maka|jadi|akhirnya)\s+)?"
                                 rf"(?:saya|sy|kami|aku|kula|kulo|i|we){e}"),
        family_rx=_cue_rx("|".join(rf"{b}(?P<{f}>{_alt(ws)}){e}" for f, ws in data["label_families"].items()),
                          *data["label_families"].values()),
        chat=dict(data.get("chat", {})),
        chat_rx=_cues(data['chat']) if data.get("chat") else None,
        request_verbs=_REQUEST_VERBS,
        request_verbs_fuzzy=words_by_initial(_REQUEST_VERBS),
    )
