"""The school server's config (deploy/jupyterhub_config.py) as the hub test runs it: no system users, no root."""

# What differs from a school server, and why: the test has no Linux accounts for its staff, so DummyAuthenticator
# (one shared password) and SimpleLocalProcessSpawner (every server runs as the test's own user, home in a temporary
# folder); the hub's files, ports and proxy are the test's. Everything else is the school's file unchanged.

import os

c = get_config()  # noqa: F821 - JupyterHub defines get_config() and load_subconfig() for its config files
load_subconfig(os.environ["KS2_HUB_DEPLOY_CONFIG"])  # noqa: F821

state = os.environ["KS2_HUB_STATE"]
c.JupyterHub.authenticator_class = "dummy"
c.DummyAuthenticator.password = os.environ["KS2_HUB_PASSWORD"]
c.JupyterHub.spawner_class = "jupyterhub.spawner.SimpleLocalProcessSpawner"
c.SimpleLocalProcessSpawner.home_dir_template = os.path.join(state, "home", "{username}")
c.JupyterHub.bind_url = f"http://127.0.0.1:{os.environ['KS2_HUB_PORT']}"
c.JupyterHub.hub_bind_url = f"http://127.0.0.1:{os.environ['KS2_HUB_API_PORT']}"
c.ConfigurableHTTPProxy.api_url = f"http://127.0.0.1:{os.environ['KS2_HUB_PROXY_API_PORT']}"
c.ConfigurableHTTPProxy.command = [os.environ["KS2_HUB_PROXY"]]
c.JupyterHub.cookie_secret_file = os.path.join(state, "cookie_secret")
c.JupyterHub.db_url = "sqlite:///" + os.path.join(state, "jupyterhub.sqlite")
c.JupyterHub.pid_file = os.path.join(state, "jupyterhub.pid")
c.Spawner.start_timeout = 90
c.Spawner.http_timeout = 90
# The test reads each server's own token, as the app does, from the server's environment: it finds the process by the
# hub's API, which this service (the test itself) may use.
c.JupyterHub.services = [{"name": "ks2-hub-test", "api_token": os.environ["KS2_HUB_SERVICE_TOKEN"]}]
c.JupyterHub.load_roles = [
    *c.JupyterHub.load_roles,
    {"name": "ks2-hub-test", "scopes": ["admin:users", "admin:servers", "read:users"], "services": ["ks2-hub-test"]},
]
if os.geteuid() == 0:  # containers run the tests as root; Jupyter refuses root unless told
    c.Spawner.args = [*c.Spawner.args, "--allow-root"]
