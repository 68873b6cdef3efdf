#!/bin/bash
# Run README "A school server (JupyterHub)" word for word on a fresh Debian root, then use the hub as staff would.
#
#   sudo deploy/check_steps.sh /srv/fresh-check      (from the repository's root; needs debootstrap, curl, git)
#   sudo SUITE=trixie deploy/check_steps.sh /srv/fresh-13
#
# Makes ROOT with debootstrap (this machine's Debian suite and mirror) unless it is already a fresh Debian root,
# copies this checkout (its last commit) in as /root/ks2practice, and runs every ```sh block of that README section
# in one bash inside `chroot ROOT`, as a technician pastes them. A chroot has no systemd and no terminal, so these
# are stand-ins, defined before the blocks (the blocks themselves are unchanged): `systemctl` starts and stops the
# unit's ExecStart by hand (with the unit's Environment, EnvironmentFile, StateDirectory and WorkingDirectory) and
# checks the Caddyfile with `caddy validate` instead of reloading Caddy; `nano` leaves deploy/school.toml as it is;
# `passwd NAME` sets the password pw-NAME; PostgreSQL is started after step 1, as its package's unit would be; the
# restore of Monday's dump restores today's, which the cron line's command has just made. Then, from outside: the hub's
# API answers, oak-ta and elm-ta (two schools in deploy/school.toml) log in with their passwords and get the TA app
# (Voilà, HTTP 200), a wrong password is refused, and in each one's own environment (their server's hub token, run
# as their account) each adds a group "Otters" and sees only their own school's. Last, it stops the hub and
# PostgreSQL and unmounts /proc, /sys and /dev, leaving ROOT to look at. Prints "check_steps: OK" or stops at the
# first step that fails.
set -euo pipefail

ROOT=${1:?usage: deploy/check_steps.sh ROOT (a new folder, or a debootstrap root nothing has been installed into)}
HERE=$(cd "$(dirname "$0")/.." && pwd)
HUB=http://127.0.0.1:8000
[ "$(id -u)" = 0 ] || { echo "check_steps: run as root (debootstrap and chroot need it)" >&2; exit 2; }
if [ -e "$ROOT/opt/ks2practice" ]; then
    echo "check_steps: $ROOT already has /opt/ks2practice: give a new folder (the steps are for a fresh server)" >&2
    exit 2
fi
for port in 8000 8001 8081 5432; do
    if ss -ltn "sport = :$port" | grep -q LISTEN; then
        echo "check_steps: port $port is in use here, and the chroot shares this machine's network" >&2
        exit 2
    fi
done

if [ ! -e "$ROOT/etc/debian_version" ]; then
    suite=${SUITE:-$(. /etc/os-release && echo "$VERSION_CODENAME")}  # SUITE=trixie: another Debian than this one
    mirror=$(grep -rhoE '^(URIs:|deb) +https?://[^ ]*/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/ \
        2>/dev/null | head -1 | awk '{print $2}' || true)  # (grep fails on a missing sources.list)
    echo "== debootstrap $suite ${mirror:=http://deb.debian.org/debian} into $ROOT"
    debootstrap "$suite" "$ROOT" "$mirror" >"$ROOT.debootstrap.log" 2>&1 ||
        { tail "$ROOT.debootstrap.log"; exit 1; }
fi

cleanup() {
    echo "== cleanup: stop the hub and PostgreSQL, unmount"
    chroot "$ROOT" /bin/bash -c '
        pid=$(cat /run/ks2practice-hub.pid 2>/dev/null) && kill -TERM "$pid" 2>/dev/null
        for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
        command -v pg_lsclusters >/dev/null && pg_lsclusters -h | while read -r v c _; do
            pg_ctlcluster "$v" "$c" stop; done' || true
    for d in dev/pts dev sys proc; do mountpoint -q "$ROOT/$d" && umount "$ROOT/$d"; done
}
trap cleanup EXIT
for d in proc sys dev dev/pts; do mountpoint -q "$ROOT/$d" || mount --bind "/$d" "$ROOT/$d"; done
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"

# Only for a network whose proxy re-signs TLS: its certificate authority, for apt, pip and npm (which carry their
# own lists, hence the two variables). A real server needs none of this.
extra_ca=()
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    chroot "$ROOT" /usr/bin/env DEBIAN_FRONTEND=noninteractive /bin/bash -c \
        'apt-get update -qq && apt-get install -qq -y ca-certificates' >/dev/null
    install -d "$ROOT/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$ROOT/usr/local/share/ca-certificates/"
    chroot "$ROOT" update-ca-certificates >/dev/null
    extra_ca=(NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt PIP_CERT=/etc/ssl/certs/ca-certificates.crt)
fi

echo "== this checkout ($(git -C "$HERE" log --oneline -1)) as /root/ks2practice"
rm -rf "$ROOT/root/ks2practice"
git -C "$HERE" archive --prefix=ks2practice/ HEAD | tar -x -C "$ROOT/root"

# The section's ```sh blocks, in order, each after a line saying which it is.
blocks=$(python3 - "$HERE/README.md" <<'EOF'
import re, sys
text = open(sys.argv[1], encoding="utf-8").read()
section = text.split("## A school server (JupyterHub)", 1)[1].split("\n## ", 1)[0]
found = re.findall(r"^( *)```sh\n(.*?)^\1```", section, flags=re.M | re.S)
for number, (indent, body) in enumerate(found, 1):
    print(f": README block {number}")
    print("\n".join(line.removeprefix(indent) for line in body.splitlines()))
    if number == 1:
        print("after_packages")
EOF
)
[ "$(grep -c '^: README block' <<<"$blocks")" -ge 8 ] || { echo "check_steps: fewer than 8 blocks found" >&2; exit 1; }

cat >"$ROOT/root/readme-steps.sh" <<'EOF'
# The stand-ins for what a chroot lacks (see deploy/check_steps.sh); the README's blocks follow them, unchanged.
set -eo pipefail
cd /root
unit=/etc/systemd/system/ks2practice-hub.service
after_packages() {  # systemd would have started the cluster the postgresql package made
    pg_lsclusters -h | while read -r v c _; do pg_ctlcluster "$v" "$c" start; done
}
start_hub() {
    local state work
    state=$(sed -n 's/^StateDirectory=//p' "$unit")
    work=$(sed -n 's/^WorkingDirectory=//p' "$unit")
    install -d -m 700 "/var/lib/$state"
    cd "$work"
    # One simple command in the background, so that $! is the hub itself (setsid and env each exec the next).
    # shellcheck disable=SC2046 # the unit's values hold no spaces; word splitting makes them env's arguments
    setsid env -i $(sed -n 's/^Environment=//p' "$unit") $(grep -v '^#' "$(sed -n 's/^EnvironmentFile=//p' "$unit")") \
        $(sed -n 's/^ExecStart=//p' "$unit") >>/var/log/ks2practice-hub.log 2>&1 </dev/null &
    echo $! >/run/ks2practice-hub.pid
    cd - >/dev/null
    # and returns at once, as systemd does for the unit (Type=simple): the README's own check must wait for the hub
}
stop_hub() {
    local pid
    pid=$(cat /run/ks2practice-hub.pid)
    kill -TERM "$pid"
    for _ in $(seq 30); do kill -0 "$pid" 2>/dev/null || return 0; sleep 1; done
    echo "check_steps: the hub ($pid) did not stop" >&2
    return 1
}
systemctl() {
    case "$*" in
        "daemon-reload") ;;
        "enable --now ks2practice-hub" | "start ks2practice-hub") start_hub ;;
        "stop ks2practice-hub") stop_hub ;;
        "reload caddy") caddy validate --config /etc/caddy/Caddyfile --adapter caddyfile ;;
        *) echo "check_steps: no stand-in for systemctl $*" >&2; return 1 ;;
    esac
}
nano() { echo "(nano $*: left as deploy/school.toml has it)"; }
passwd() { printf 'pw-%s\npw-%s\n' "$1" "$1" | command passwd "$1"; }
# Step 8's restore names Monday's dump; make today's the way the cron line does, and restore that.
runuser() {
    if [ "$*" = "-u postgres -- pg_restore --clean -d ks2practice /var/backups/ks2practice/ks2practice-Mon.dump" ]; then
        local dump
        dump="/var/backups/ks2practice/ks2practice-$(date +%a).dump"
        command runuser -u postgres -- sh -c "pg_dump -Fc ks2practice > $dump"
        command runuser -u postgres -- pg_restore --clean -d ks2practice "$dump"
    else
        command runuser "$@"
    fi
}
set -x
EOF
printf '%s\n' "$blocks" >>"$ROOT/root/readme-steps.sh"

echo "== the README's steps in the chroot (log: $ROOT/root/readme-steps.log)"
chroot "$ROOT" /usr/bin/env -i HOME=/root USER=root LOGNAME=root TERM=dumb DEBIAN_FRONTEND=noninteractive \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${extra_ca[@]}" \
    /bin/bash /root/readme-steps.sh >"$ROOT/root/readme-steps.log" 2>&1 ||
    { tail -30 "$ROOT/root/readme-steps.log"; echo "check_steps: a README step failed (above)" >&2; exit 1; }
grep -oE '\+ : README block [0-9]+$' "$ROOT/root/readme-steps.log" | sed 's/^+ : /   ok: /'

echo "== as staff: log in, get the TA app"
for _ in $(seq 30); do curl -sf "$HUB/hub/api" | grep -q '"version"' && break; sleep 2; done  # restarted by step 8
login() {  # login NAME PASSWORD: prints the HTTP status of the login form's answer
    local jar=$ROOT/tmp/jar-$1 xsrf
    rm -f "$jar"
    xsrf=$(curl -s -c "$jar" -b "$jar" "$HUB/hub/login" | grep -o 'name="_xsrf" value="[^"]*"' | cut -d'"' -f4)
    curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "_xsrf=$xsrf" \
        --data-urlencode "username=$1" --data-urlencode "password=$2" "$HUB/hub/login"
}
answer=$(login oak-ta wrong-password)
[ "$answer" = 403 ] || { echo "check_steps: a wrong password was answered $answer, not refused (403)" >&2; exit 1; }
for name in oak-ta elm-ta; do
    answer=$(login "$name" "pw-$name")
    [ "$answer" = 302 ] || { echo "check_steps: $name could not log in (HTTP $answer)" >&2; exit 1; }
    url=
    for _ in $(seq 12); do  # the first visit starts their server: the hub shows a waiting page meanwhile
        url=$(curl -s -c "$ROOT/tmp/jar-$name" -b "$ROOT/tmp/jar-$name" -L -o "$ROOT/tmp/page-$name.html" \
            -w '%{http_code} %{url_effective}' --max-time 120 "$HUB/hub/")
        case "$url" in "200 $HUB/user/$name/voila/render/small_group_session.ipynb") break ;; esac
        sleep 5
    done
    echo "   $name: $url"
    case "$url" in
        "200 $HUB/user/$name/voila/render/"*) ;;
        *) echo "check_steps: no TA app for $name" >&2; exit 1 ;;
    esac
done

echo "== each school sees only its own groups (the app's data layer, as each member of staff)"
cat >"$ROOT/tmp/check_groups.py" <<'EOF'
"""As a member of staff, with their server's hub environment: add the group "Otters", print the group ids they see."""

import os

from ks2practice.session.hub import add_group_for, current_viewer, viewer_groups
from ks2practice.store import Store

with Store.from_url(os.environ["KS2PRACTICE_DATABASE_URL"]) as store:
    viewer = current_viewer(store)
    mine = add_group_for(store, "Otters", viewer)
    seen = [group["id"] for group in viewer_groups(store, viewer)]
    print(viewer.username, "school", viewer.school_id, "added", mine, "sees", seen)
    assert seen == [mine], "sees a group that is not their own"
EOF
chmod 644 "$ROOT/tmp/check_groups.py"
for name in oak-ta elm-ta; do
    uid=$(chroot "$ROOT" id -u "$name")  # numbers: the names may mean other accounts outside the chroot
    gid=$(chroot "$ROOT" id -g "$name")
    server=$(pgrep -u "$uid" -f jupyterhub-singleuser | head -1)
    mapfile -t server_env < <(tr '\0' '\n' <"/proc/$server/environ" |
        grep -E '^(JUPYTERHUB_[A-Z_]+|KS2PRACTICE_DATABASE_URL|HOME|USER|PATH)=')
    chroot --userspec="$uid:$gid" "$ROOT" /usr/bin/env -i "${server_env[@]}" \
        /opt/ks2practice/bin/python /tmp/check_groups.py | sed 's/^/   /'
done
echo "check_steps: OK"
