"""JupyterHub for one school server: each member of staff logs in and gets the TA app (Voilà), on one database."""

# Read by `jupyterhub -f /etc/ks2practice/jupyterhub_config.py` (the systemd unit in the README). Settings a school
# changes come from the environment (/etc/ks2practice/hub.env, readable by root only) and the school file:
#   KS2PRACTICE_DATABASE_URL     the school's PostgreSQL database (required), passed to every member's server
#   KS2PRACTICE_SCHOOL_CONFIG    the school file (default /etc/ks2practice/school.toml; deploy/school.toml shows one)
#   KS2PRACTICE_NOTEBOOKS        the notebooks each server opens, read-only to staff (default
#                                /opt/ks2practice/notebooks, where `ks2practice notebooks FOLDER` copies them)
# Anything here can be overridden on the command line (`--JupyterHub.bind_url=...`), as tests/hub/ does.

import os
import sys
from pathlib import Path

from ks2practice.session.hub import read_school_config, write_school_config
from ks2practice.store import Store

c = get_config()  # noqa: F821 - JupyterHub defines get_config() for its config files

database_url = os.environ.get("KS2PRACTICE_DATABASE_URL")
if not database_url:
    sys.exit("Set KS2PRACTICE_DATABASE_URL (in /etc/ks2practice/hub.env) to the school's PostgreSQL database.")
school = read_school_config(os.environ.get("KS2PRACTICE_SCHOOL_CONFIG", "/etc/ks2practice/school.toml"))
notebooks = os.environ.get("KS2PRACTICE_NOTEBOOKS", "/opt/ks2practice/notebooks")
# The database learns the same schools and staff (the first start also creates its tables): the apps find a user's
# school id there, and the groups a TA runs are the ones it names them on.
with Store.from_url(database_url) as store:
    write_school_config(store, school)

# Listen on this machine only; a reverse proxy (Caddy or nginx) in front gives the school HTTPS (see the README).
c.JupyterHub.bind_url = "http://127.0.0.1:8000"
c.JupyterHub.cookie_secret_file = "/var/lib/ks2practice-hub/jupyterhub_cookie_secret"
c.JupyterHub.db_url = "sqlite:////var/lib/ks2practice-hub/jupyterhub.sqlite"  # the hub's own state, not pupils'

# Staff log in with their account on this server (PAM) and each gets their own server, run as them
# (LocalProcessSpawner). A school that wants each server in its own cgroup, with memory and CPU limits, installs
# jupyterhub-systemdspawner and sets c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner".
c.JupyterHub.authenticator_class = "pam"
c.JupyterHub.spawner_class = "jupyterhub.spawner.LocalProcessSpawner"
c.Authenticator.allowed_users = set(school.usernames())
c.Authenticator.admin_users = set(school.admins)

# Who is who: a hub group per school (`school-<slug>`) and per role (`ks2-ta`, …), from the school file. The app
# reads its user's groups from the hub's API (ks2practice/session/hub.py) to choose what it shows.
c.JupyterHub.load_groups = school.hub_groups()
c.JupyterHub.load_roles = school.hub_roles()
# The token each server gets: the hub's usual two scopes, and its owner's group membership (and nobody else's).
c.Spawner.server_token_scopes = ["users:activity!user", "access:servers!server", "read:users:groups!user"]

# Every server runs this Python's jupyterhub-singleuser (the venv ks2practice is installed in), opens the notebooks
# folder, and shows the TA app through Voilà (a Jupyter server extension) as its first page.
c.Spawner.cmd = [str(Path(sys.executable).with_name("jupyterhub-singleuser"))]
c.Spawner.notebook_dir = notebooks
c.Spawner.default_url = "/voila/render/small_group_session.ipynb"
c.Spawner.environment = {"KS2PRACTICE_DATABASE_URL": database_url}
c.Spawner.args = [
    # No terminals: staff need the apps, not a shell on the school server.
    "--ServerApp.terminals_enabled=False",
    # As `make voila` does (voila.json): a kernel whose page has gone is shut down after 15 idle minutes.
    "--MappingKernelManager.cull_idle_timeout=900",
    "--MappingKernelManager.cull_interval=60",
    "--MappingKernelManager.cull_connected=False",
]
