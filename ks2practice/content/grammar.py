"""A little English grammar for prompts: plurals, a/an, counts that agree, and a sentence check for tests."""

from __future__ import annotations

import re

_IRREGULAR = {
    "child": "children",
    "person": "people",
    "man": "men",
    "woman": "women",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
    "sheep": "sheep",
    "fish": "fish",
    "scarf": "scarves",
    "loaf": "loaves",
    "knife": "knives",
    "half": "halves",
    "leaf": "leaves",
    "shelf": "shelves",
    "potato": "potatoes",
    "tomato": "tomatoes",
}
_VOWEL_SOUND_EXCEPTIONS = {"hour", "honest", "heir"}  # silent h: an hour
_CONSONANT_SOUND = ("uni", "use", "usu", "eu", "one", "once", "ewe")  # a unicorn, a euro, a one-pound coin


def pluralise(noun: str) -> str:
    """The plural of a noun or noun phrase ("bag of apples" → "bags of apples", "box" → "boxes")."""
    head, sep, tail = noun.partition(" of ")
    words = head.split(" ")
    last = words[-1]
    lower = last.lower()
    if lower in _IRREGULAR:
        plural = _IRREGULAR[lower]
    elif re.search(r"(s|x|z|ch|sh)$", lower):
        plural = last + "es"
    elif re.search(r"[^aeiou]y$", lower):
        plural = last[:-1] + "ies"
    else:
        plural = last + "s"
    return " ".join([*words[:-1], plural]) + (sep + tail if sep else "")


def article(noun: str) -> str:
    """'a' or 'an' for the word that follows, by its sound (an apple, a unicorn, an hour, an 8 cm line)."""
    word = noun.strip().lower()
    if not word:
        return "a"
    if word[0].isdigit():
        return "an" if re.match(r"(8|11|18|80|800)(\D|$)", word) else "a"
    if any(word.startswith(x) for x in _VOWEL_SOUND_EXCEPTIONS):
        return "an"
    if any(word.startswith(x) for x in _CONSONANT_SOUND):
        return "a"
    return "an" if word[0] in "aeiou" else "a"


def with_article(noun: str) -> str:
    return f"{article(noun)} {noun}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """A number and a noun that agree: 1 apple, 3 apples, 0 apples."""
    return f"{n} {noun if n == 1 else plural or pluralise(noun)}"


def be(n: int) -> str:
    return "is" if n == 1 else "are"


# ---------------------------------------------------------------------- the sentence check (used by the tests)

VERBS = frozenset(
    """
    is are was were be been am has have had do does did can could will would shall should must may might
    buy buys bought spend spends spent pay pays paid cost costs get gets got give gives gave take takes took
    make makes made find work works write say says said think thinks show shows look use uses need needs
    hold holds held weigh weighs measure measures read reads drive drives drove walk walks walked run runs ran
    cycle cycles cycled fly flies flew share shares shared cut cuts eat eats ate pour pours poured fill fills
    sell sells sold raise raises raised save saves saved leave leaves left arrive arrives arrived start starts
    finish finishes end ends go goes went come comes came catch catches caught reach reaches reached want wants
    choose chooses chose vote votes voted pick picks picked grow grows grew fall falls fell rise rises rose
    count counts counted add adds added subtract subtracts take round rounds rounded estimate estimates
    explain fill complete circle tick draw mark order list compare convert divide multiply work worked
    know knows knew see sees saw tell tells told keep keeps kept put puts win wins won score scores scored
    play plays played visit visits visited live lives lived move moves moved drain drains drained
    begins begin began lasts last lasted leaves takes stays stay stayed sits sit sat fits fit
    matches match gets plant plants planted open opens opened close closes closed writes wrote practise
    practises practised pack packs packed seat seats seated reflect reflects check checks translate rotate
    drank drink drinks rode ride rides lie lies meet meets met cook cooks lands land sank swam swim flash
    join joins joined swap swaps swapped pass passes passed bake bakes baked sleep sleeps slept spin spins
    sing sings sang help helps helped watch watches watched travel travels travelled queue queues queued
    taste tastes tasted plot plots plotted
    """.split()
)
# A sentence that starts with one of these, capitalised, has lost its subject ("Spends £114.55 on a raffle ticket").
# Only words that are verbs and hardly ever nouns at the start of a sentence ("Seats in a theatre" is not one).
_SUBJECTLESS = frozenset(
    """
    spends buys pays gets has does says drives walks cycles flies shares eats pours fills sells raises saves
    arrives takes gives makes needs wants chooses picks grows catches reaches weighs holds reads
    """.split()
)


def sentences(text: str) -> list[str]:
    """A prompt split into sentences: hints in brackets and lettered options are set aside."""
    text = re.sub(r"\((?:Hint|Use|Give|Write)(?:[^()]|\([^()]*\))*\)", " ", text)
    text = re.split(r"\s{3}A\) ", text)[0]  # the option list of a multiple-choice prompt
    parts = re.split(r"(?<=[.?!:])\s+(?=[A-Z0-9£□−'‘\"(])", text.strip())
    return [p.strip() for p in parts if p.strip()]


def _words(sentence: str) -> list[str]:
    return re.findall(r"[A-Za-z][A-Za-z'’-]*", sentence)


_NOT_BEFORE_VERB = frozenset(
    "a an the of these those some many more few each every in on at for with to by two three four five six seven"
    " eight nine ten twelve all both".split()
)


def _present(words: list[str], k: int) -> bool:
    """A present-tense verb after its subject: 'Rhys covers', 'a tap drips' (not 'the points', 'rows of seats')."""
    word, before = words[k], words[k - 1] if k else ""
    return (
        k > 0
        and re.fullmatch(r"[a-z]{2,}[^su]s", word) is not None
        and before.lower() not in _NOT_BEFORE_VERB
        and (before[:1].isupper() or not before.endswith("s"))  # a name such as Rhys, not a plural noun
    )


def is_maths(sentence: str) -> bool:
    """A line that is an expression or an equation, not prose (7 m = □ cm; 3 × 4 = 12)."""
    return bool(re.search(r"[=<>□]", sentence)) or len(_words(sentence)) < 2


def problems(sentence: str) -> list[str]:
    """What is wrong with one sentence: no capital at the start, no verb, or a verb with no subject."""
    found = []
    first = next((ch for ch in sentence if ch.isalnum() or ch in "£□−"), "")
    if first.isalpha() and not first.isupper():
        found.append("starts without a capital")
    cased = _words(sentence)
    words = [w.lower() for w in cased]
    if is_maths(sentence):
        return [f for f in found if not re.match(r"[a-z] ", sentence)]  # 'a + b = 20' starts with a letter
    if re.match(r"[a-z] (and|or) [a-z] ", sentence):
        found = []  # 'a and b are whole numbers': letters for numbers keep their case
    if sentence.endswith(":") or (sentence.endswith("?") and " or " in sentence and len(words) <= 6):
        return found  # a label ("Maya's steps:") or a choice ("True or false?", "13:30 or 1:30 pm?")
    if re.match(r"[A-H]\) ", sentence):
        return found  # an option list
    if not any(w in VERBS or re.fullmatch(r"[a-z]+ed", w) or _present(cased, k) for k, w in enumerate(words)):
        found.append("has no verb")
    if words and words[0] in _SUBJECTLESS and sentence.lstrip()[0].isupper():
        found.append(f"starts with the verb {words[0]!r} and has no subject")
    return found
