#!/bin/sh
# Prepares a running Payara Server 6 domain for GRD Planner and deploys it. Run it once per domain:
#   GRD_DATA_DIR=/var/lib/grd-planner server-config/server/setup-domain.sh /opt/payara6/bin/asadmin target/grd-planner.war
# GRD_BIND (default 127.0.0.1) becomes the HTTP listener's address; anything but loopback also needs
# GRD_API_TOKEN in the server's environment, or the application refuses to start.
set -eu
asadmin=${1:?the asadmin command of the domain}
war=${2:?the grd-planner.war to deploy}
here=$(cd "$(dirname "$0")" && pwd)
data_dir=$(mkdir -p "${GRD_DATA_DIR:-$HOME/.grd-planner}/native" && cd "${GRD_DATA_DIR:-$HOME/.grd-planner}" && pwd)
bind=${GRD_BIND:-127.0.0.1}

escape() { printf '%s' "$1" | sed 's/:/\\:/g'; }

"$asadmin" create-jvm-options "-Dgrd.data.dir=$(escape "$data_dir"):-Dpty4j.tmpdir=$(escape "$data_dir/native"):-Dgrd.bind=$(escape "$bind")"
"$asadmin" set "configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.address=$bind"
"$asadmin" multimode --file "$here/monitoring.asadmin"
"$asadmin" disable-phone-home
"$asadmin" restart-domain
"$asadmin" deploy --force=true --name grd-planner --contextroot / "$war"
