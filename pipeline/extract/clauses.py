"""Clauses of a run-on sentence: chatty mail typed without punctuation tells the story and what it cost in one
breath ("ada oknum minta uang 35 juta ... ditransfer ke rekening pribadi adik sy sdh terlanjur transfer 15 juta
dan skrg orangnya susah dihubungi"). A new clause starts where the writer (or their kin) becomes the subject of
an aspect or burden word; only a long unpunctuated sentence is cut, and only where both sides have words.
"""

from __future__ import annotations

import re

_MIN_WORDS = 25          # shorter sentences are one thought
_MIN_SIDE = 8            # each side keeps at least this many words
_KIN = r"(?:adik|adek|kakak|kakak|anak|istri|suami|ibu|bapak|ayah|keluarga|teman|orang\s+tua|ortu)"
_SUBJECT_TURN = re.compile(rf"\b(?:{_KIN}\s+)?(?:saya|sy|kami|aku|kulo|kula)\s+(?:sudah|sdh|udah|udh|telah|"
                           r"terlanjur|telanjur|jadi|jd|terpaksa|harus|hrs|kehilangan|rugi)\b", re.IGNORECASE)


def split_run_on(sentence: str) -> list[str]:
    """The clauses of an unpunctuated run-on sentence, or [sentence]."""
    words = sentence.split()
    if len(words) < _MIN_WORDS or re.search(r"[,;:]|\.\s", sentence):
        return [sentence]
    for m in _SUBJECT_TURN.finditer(sentence):
        before = len(sentence[:m.start()].split())
        if before >= _MIN_SIDE and len(words) - before >= 4:
            head, tail = sentence[:m.start()].strip(), sentence[m.start():].strip()
            return [head] + split_run_on(tail)
    return [sentence]


def split_story_tail(sents: list[str], v, classify, discourse_opening) -> tuple[list[str], list[tuple[str, str]]]:
    """A description section that runs on past the story: from the first request, or the first loss that opens
    with a consequence cue ("Akibatnya ..."), after at least one sentence of story, the sentences belong to
    the loss and the request (a sentence that is neither continues the one before it).
    Returns (story sentences, [(field, sentence), ...])."""
    names = {"loss": "loss", "req": "requested_resolution"}
    for i in range(1, len(sents)):
        kind = classify(sents[i], v)
        low = v.expand_chat(sents[i].casefold())
        if kind == "req" or kind == "loss" and discourse_opening(low, v):
            if kind == "req":
                # the story's consequence told just before the request, without a cue ("Karena takut ...,
                # saya menyerahkan uang Rp 300.000 ..., namun ... belum juga jadi. Saya mohon ..."): the order
                # of the procedure's form (story, loss, request) makes it the loss
                while i > 1 and classify(sents[i - 1], v) == "loss":
                    i -= 1
                kind = classify(sents[i], v)
            tail, last = [], names[kind]
            for s in sents[i:]:
                k = classify(s, v)
                if k == "filler":
                    continue
                last = names.get(k, last)
                tail.append((last, s))
            return sents[:i], tail
    return sents, []
