"""The teaching assistant's small-group session: plan, script, times tables rehearsal, summary and the app."""

from ks2practice.content.mtc import Fact, rehearsal
from ks2practice.session.app import SessionApp
from ks2practice.session.codes import spec_from_code
from ks2practice.session.notebook import in_voila, lab_hint, session_app
from ks2practice.session.plan import Plan, reask_specs, revisit_specs
from ks2practice.session.script import Script, script_for
from ks2practice.session.summary import PupilSummary, next_time_plan, pupil_summaries

__all__ = [
    "Fact",
    "Plan",
    "PupilSummary",
    "Script",
    "SessionApp",
    "in_voila",
    "lab_hint",
    "next_time_plan",
    "pupil_summaries",
    "reask_specs",
    "rehearsal",
    "revisit_specs",
    "script_for",
    "session_app",
    "spec_from_code",
]
