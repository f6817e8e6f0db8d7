#!/bin/sh
# Keeps the full Payara Server domain of the -Pserver tests on this machine. As unpacked, the domain reports its
# use to www.payara.fish from its first start (phone home), its data grid probes the cloud metadata address
# 169.254.169.254 and reaches its own member through the machine's outward address, and its listeners (HTTP,
# admin, IIOP, the JMX connector and the message broker's port 7676) accept connections on every interface. The
# tests need none of it and go through loopback alone, so before the domain first starts the phone home, the data
# grid, the message broker and the JMX connector (neither used by GRD Planner; a JMX connector bound to loopback
# logs an error at every stop) are off, and every other listener is bound to 127.0.0.1. Safe to run again on a
# domain that has started since: the server rewrites domain.xml with its attributes in an order of its own.
set -eu
domain_xml=${1:?the domain.xml of the unpacked test domain}

sed -i \
    -e 's#<phone-home-runtime-configuration[^>]*\(/>\|></phone-home-runtime-configuration>\)##' \
    -e 's#<config name="server-config">#&<phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#' \
    -e 's#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#' \
    -e 's#address="0\.0\.0\.0"#address="127.0.0.1"#g' \
    -e '/<network-listener /{/ address="/!s#<network-listener #<network-listener address="127.0.0.1" #}' \
    -e '/<jms-service /s#type="EMBEDDED"#type="DISABLED"#' \
    -e '/<jmx-connector /{/ enabled="/!s#<jmx-connector #<jmx-connector enabled="false" #}' \
    "$domain_xml"

grep -Eq '<phone-home-runtime-configuration[^>]* enabled="false"' "$domain_xml"
grep -Eq '<hazelcast-config-specific-configuration[^>]* enabled="false"' "$domain_xml"
server_config() {
    sed -n '/<config name="server-config">/,/<\/config>/p' "$domain_xml"
}
# A fresh domain's server-config has no jms-service of its own until its first start, which writes an embedded one.
if ! server_config | grep -q '<jms-service '; then
    sed -i 's#<phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#&<jms-service type="DISABLED"></jms-service>#' "$domain_xml"
fi
server_config | grep -Eq '<jms-service [^>]*type="DISABLED"'
grep -Eq '<jmx-connector [^>]*enabled="false"' "$domain_xml"
if grep -E 'address="0\.0\.0\.0"|<network-listener ' "$domain_xml" | grep -vq ' address="127\.0\.0\.1"'; then
    echo "$domain_xml still has a listener off loopback" >&2
    exit 1
fi
