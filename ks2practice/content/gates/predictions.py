"""The prediction gate: keep a misconception's prediction only where the marker can diagnose it, unambiguously."""

# The one place the rule lives (misconceptions.catalogue.predictions only builds the records). A prediction is
# kept when the marker marks its response INCORRECT, so check() can reach it and diagnose it, and no other
# mechanism predicts the same response with other feedback. Every drop has a reason:
#   correct       the marker marks the response right: it is the key, so no misconception made it
#   not_in_form   the marker says "equal, but write it …": the key in another form
#   wrong_unit    the marker answers about the unit first: the diagnosis is never reached
#   unreadable    the marker cannot read the response: no child's answer looks like it
#   ambiguous     two mechanisms with different feedback predict the same response: which one did the child use?
#   repeat        the same mechanism twice with the same response: the first is kept
#   implausible   no child writes it for this key (the mechanism's own plausibility rule, e.g. £1,815 for £21)

from __future__ import annotations

from collections import Counter

from ks2practice.answers.kinds import Answer
from ks2practice.answers.marking import mark, same_response
from ks2practice.core.model import Predicted, Status

REASONS = ("implausible", "correct", "not_in_form", "wrong_unit", "unreadable", "ambiguous", "repeat")
"""Why a prediction is dropped, in the order the audit prints them."""

_BY_STATUS = {
    Status.CORRECT: "correct",
    Status.NOT_IN_FORM: "not_in_form",
    Status.WRONG_UNIT: "wrong_unit",
    Status.UNREADABLE: "unreadable",
}


def sift(answer: Answer, predicted: tuple[Predicted, ...]) -> tuple[tuple[Predicted, ...], Counter[str]]:
    """The predictions to keep, in their order, and the count of those dropped by reason."""
    dropped: Counter[str] = Counter()
    readable: list[Predicted] = []
    for prediction in predicted:
        if not prediction.plausible:
            dropped["implausible"] += 1
            continue
        status = mark(answer, prediction.response).status
        if status in (Status.INCORRECT, Status.MISCONCEPTION):
            readable.append(prediction)
        else:
            dropped[_BY_STATUS[status]] += 1
    # Which readable predictions say the same thing, each pair asked of the marker once.
    n = len(readable)
    same = {i: {i} for i in range(n)}
    for i in range(n):
        for j in range(i + 1, n):
            if same_response(answer, readable[i].response, readable[j].response):
                same[i].add(j)
                same[j].add(i)
    kept: list[Predicted] = []
    for i, prediction in enumerate(readable):
        if any(readable[j].feedback != prediction.feedback for j in same[i]):
            dropped["ambiguous"] += 1
        elif min(same[i]) < i:
            dropped["repeat"] += 1
        else:
            kept.append(prediction)
    return tuple(kept), dropped
