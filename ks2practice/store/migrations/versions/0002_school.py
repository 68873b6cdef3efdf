"""A whole school: schools, staff, classes, group staff, and group membership in its own table (issue #17)."""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NOCASE = sa.Text().with_variant(sa.Text(collation="NOCASE"), "sqlite")
AUTO = {"sqlite_autoincrement": True}
OUR_SCHOOL = ("Our school", "our-school")  # what a laptop's groups and pupils belong to once upgraded


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "schools",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("slug", sa.Text(), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("name", name="schools_name_key"),
        sa.UniqueConstraint("slug", name="schools_slug_key"),
        **AUTO,
    )
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.Column("role", sa.Text(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=True),
        sa.Column("created", sa.Text(), nullable=False),
        sa.CheckConstraint("role IN ('ta', 'teacher', 'maths_lead', 'trust_lead')"),
        sa.CheckConstraint("school_id IS NOT NULL OR role = 'trust_lead'"),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username", name="staff_username_key"),
        **AUTO,
    )
    op.create_table(
        "classes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("teacher", sa.Text(), nullable=True),
        sa.CheckConstraint("year BETWEEN 3 AND 6"),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"]),
        sa.ForeignKeyConstraint(["teacher"], ["staff.username"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("school_id", "name", name="classes_school_id_name_key"),
        **AUTO,
    )
    op.create_table(
        "merges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("merged", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", name="merges_source_key"),
        **AUTO,
    )
    op.create_table(
        "merged_ids",
        sa.Column("merge_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("from_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("to_id", sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('group', 'pupil', 'session', 'assessment')"),
        sa.ForeignKeyConstraint(["merge_id"], ["merges.id"]),
        sa.PrimaryKeyConstraint("merge_id", "kind", "from_id"),
    )

    # One school owns what is already here (dated from the first group), so every group and pupil keeps its place.
    bind = op.get_bind()
    first = bind.execute(sa.text("SELECT MIN(created) FROM groups")).scalar()
    school = None
    if first is not None:
        name, slug = OUR_SCHOOL
        bind.execute(
            sa.text("INSERT INTO schools (name, slug, created) VALUES (:name, :slug, :created)"),
            {"name": name, "slug": slug, "created": first},
        )
        school = bind.execute(sa.text("SELECT id FROM schools WHERE slug = :slug"), {"slug": slug}).scalar()

    if sqlite:
        _rebuild_sqlite(school)
    else:
        _alter_postgresql(school)

    op.create_table(
        "group_staff",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("username", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"]),
        sa.ForeignKeyConstraint(["username"], ["staff.username"]),
        sa.PrimaryKeyConstraint("group_id", "username"),
    )
    op.create_index("group_staff_by_username", "group_staff", ["username"], unique=False)
    op.create_index("group_members_by_pupil", "group_members", ["pupil_id"], unique=False)
    current = sa.text('"left" IS NULL')
    op.create_index(
        "group_members_current",
        "group_members",
        ["group_id", "pupil_id"],
        unique=True,
        sqlite_where=current,
        postgresql_where=current,
    )
    if sqlite:
        op.execute("PRAGMA user_version = 4")  # an older ks2practice refuses this file rather than misread it


def _group_members() -> None:
    op.create_table(
        "group_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("joined", sa.Text(), nullable=False),
        sa.Column("left", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["group_id"], ["groups.id"]),
        sa.ForeignKeyConstraint(["pupil_id"], ["pupils.id"]),
        sa.PrimaryKeyConstraint("id"),
        **AUTO,
    )
    # Every pupil has been a member of their group since they were added.
    op.execute(
        'INSERT INTO group_members (group_id, pupil_id, joined, "left") '
        "SELECT group_id, id, created, NULL FROM pupils ORDER BY id"
    )


def _rebuild_sqlite(school: int | None) -> None:
    """SQLite can't add a NOT NULL reference or drop a column with a key: rebuild groups and pupils, ids kept.

    migrate.py runs this with foreign keys off and checks them (PRAGMA foreign_key_check) before committing.
    """
    op.create_table(
        "new_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", NOCASE, nullable=False),
        sa.Column("archived", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("school_id", "name", name="groups_school_id_name_key"),
        **AUTO,
    )
    op.get_bind().execute(
        sa.text(
            "INSERT INTO new_groups (id, name, archived, created, school_id) "
            "SELECT id, name, archived, created, :school FROM groups ORDER BY id"
        ),
        {"school": school},
    )
    op.create_table(
        "new_pupils",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("archived", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("created", sa.Text(), nullable=False),
        sa.Column("school_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("class_id", sa.Integer(), nullable=True),
        sa.CheckConstraint("year BETWEEN 3 AND 6"),
        sa.ForeignKeyConstraint(["school_id"], ["schools.id"]),
        sa.ForeignKeyConstraint(["class_id"], ["classes.id"]),
        sa.PrimaryKeyConstraint("id"),
        **AUTO,
    )
    op.get_bind().execute(
        sa.text(
            "INSERT INTO new_pupils (id, name, archived, created, school_id) "
            "SELECT id, name, archived, created, :school FROM pupils ORDER BY id"
        ),
        {"school": school},
    )
    _group_members()
    # AUTOINCREMENT's high-water marks go with the new tables: an erased pupil's id is still never handed out.
    for table in ("groups", "pupils"):
        high_water = {"old": table, "new": f"new_{table}"}
        op.get_bind().execute(
            sa.text(
                "DELETE FROM sqlite_sequence WHERE name = :new "
                "AND EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = :old)"
            ),
            high_water,
        )
        op.get_bind().execute(
            sa.text("INSERT INTO sqlite_sequence (name, seq) SELECT :new, seq FROM sqlite_sequence WHERE name = :old"),
            high_water,
        )
    op.drop_table("pupils")
    op.drop_table("groups")
    op.rename_table("new_groups", "groups")
    op.rename_table("new_pupils", "pupils")


def _alter_postgresql(school: int | None) -> None:
    for table in ("groups", "pupils"):
        op.add_column(table, sa.Column("school_id", sa.Integer(), nullable=True))
        op.get_bind().execute(sa.text(f"UPDATE {table} SET school_id = :school"), {"school": school})
        op.alter_column(table, "school_id", nullable=False)
        op.create_foreign_key(f"{table}_school_id_fkey", table, "schools", ["school_id"], ["id"])
    op.drop_index("groups_name_lower", table_name="groups")
    op.drop_constraint("groups_name_key", "groups", type_="unique")
    op.create_unique_constraint("groups_school_id_name_key", "groups", ["school_id", "name"])
    op.create_index("groups_school_id_name_lower", "groups", ["school_id", sa.text("lower(name)")], unique=True)
    op.add_column("pupils", sa.Column("year", sa.Integer(), nullable=True))
    op.add_column("pupils", sa.Column("class_id", sa.Integer(), nullable=True))
    op.create_check_constraint("pupils_year_check", "pupils", "year BETWEEN 3 AND 6")
    op.create_foreign_key("pupils_class_id_fkey", "pupils", "classes", ["class_id"], ["id"])
    _group_members()
    op.drop_column("pupils", "group_id")  # its reference and the (group_id, name) unique constraint go with it


def downgrade() -> None:
    # A pupil in several groups, or in a school of many, has no place in schema 0001's one group a pupil.
    raise NotImplementedError("a school store can't be taken back to one group a pupil; restore a backup instead")
