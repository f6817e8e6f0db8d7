#!/bin/sh
# Keeps the full Payara Server domain of the -Pserver tests on this machine. As unpacked, the domain reports its
# use to www.payara.fish from its first start (phone home), and its data grid probes the cloud metadata address
# 169.254.169.254 and reaches its own member through the machine's outward address. The tests need neither, and
# send nothing off loopback, so both are off before the domain first starts. Safe to run again on a domain that
# has started since: the server rewrites domain.xml with its attributes in an order of its own.
set -eu
domain_xml=${1:?the domain.xml of the unpacked test domain}

sed -i \
    -e 's#<phone-home-runtime-configuration[^>]*\(/>\|></phone-home-runtime-configuration>\)##' \
    -e 's#<config name="server-config">#&<phone-home-runtime-configuration enabled="false"></phone-home-runtime-configuration>#' \
    -e 's#<hazelcast-config-specific-configuration></hazelcast-config-specific-configuration>#<hazelcast-config-specific-configuration enabled="false"></hazelcast-config-specific-configuration>#' \
    "$domain_xml"

grep -Eq '<phone-home-runtime-configuration[^>]* enabled="false"' "$domain_xml"
grep -Eq '<hazelcast-config-specific-configuration[^>]* enabled="false"' "$domain_xml"
