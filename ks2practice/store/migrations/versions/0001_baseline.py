"""Baseline: the store as ks2practice made it before Alembic (schema version 3 of store/schema.py's MIGRATIONS)."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

NOCASE = sa.Text().with_variant(sa.Text(collation="NOCASE"), "sqlite")


def upgrade() -> None:
    op.create_table(
        "exports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("written", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", NOCASE, nullable=False),
        sa.Column("archived", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="groups_name_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.CheckConstraint("kind IN ('baseline', 'endpoint')"),
        sa.Column("paper", sa.Text(), nullable=False),
        sa.Column("taken", sa.Text(), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "kind", name="assessments_group_id_kind_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "export_pupils",
        sa.Column("export_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.ForeignKeyConstraint(["export_id"], ["exports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("export_id", "pupil_id"),
    )
    op.create_index("export_pupils_by_pupil", "export_pupils", ["pupil_id"], unique=False)
    op.create_table(
        "pupils",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("archived", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("group_id", "name", name="pupils_group_id_name_key"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("mode", sa.Text(), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("started", sa.Text(), nullable=False),
        sa.Column("ended", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("spec_code", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("response", sa.Text(), nullable=True),
        sa.Column("auto_status", sa.Text(), nullable=False),
        sa.Column("auto_reason", sa.Text(), nullable=False),
        sa.Column("misconception", sa.Text(), nullable=True),
        sa.Column("supported", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("confidence", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), server_default="", nullable=False),
        sa.Column("override_status", sa.Text(), nullable=True),
        sa.Column("override_note", sa.Text(), nullable=True),
        sa.Column("recorded", sa.Text(), nullable=False),
        sa.Column("key", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key", name="attempts_key_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("attempts_by_pupil", "attempts", ["pupil_id", "recorded"], unique=False)
    op.create_index("attempts_by_question", "attempts", ["pupil_id", "spec_code", "id"], unique=False)
    op.create_index("attempts_by_session", "attempts", ["session_id"], unique=False)
    op.create_table(
        "item_marks",
        sa.Column("assessment_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("item", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("marks", sa.Integer(), nullable=False),
        sa.Column("recorded", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assessment_id"],
            ["assessments.id"],
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
        ),
        sa.PrimaryKeyConstraint("assessment_id", "pupil_id", "item"),
    )
    op.create_table(
        "revisits",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("spec_code", sa.Text(), nullable=False),
        sa.Column("topic", sa.Text(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("expected", sa.Text(), nullable=False),
        sa.Column("first_missed", sa.Text(), nullable=False),
        sa.Column("last_missed", sa.Text(), nullable=False),
        sa.Column("times_missed", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("pupil_id", "spec_code", name="revisits_pupil_id_spec_code_key"),
        sqlite_autoincrement=True,
    )
    op.create_index("revisits_by_pupil", "revisits", ["pupil_id", "first_missed"], unique=False)

    if op.get_bind().dialect.name == "postgresql":  # SQLite compares group names through the column's collation
        op.create_index("groups_name_lower", "groups", [sa.text("lower(name)")], unique=True)
    else:
        op.execute("PRAGMA user_version = 3")  # what an older ks2practice reads: this schema, nothing to do


def downgrade() -> None:
    for table in (
        "revisits",
        "item_marks",
        "attempts",
        "sessions",
        "pupils",
        "export_pupils",
        "assessments",
        "groups",
        "exports",
    ):
        op.drop_table(table)
