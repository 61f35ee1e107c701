#!/bin/sh
# Installs libcescape-rt from a build tree into a fresh prefix, then builds
# and runs the consumer in consumer/ against it twice: with CMake's
# find_package(cescape-rt) (shared and static) and with pkg-config.
#   install_consumer.sh <runtime build dir> <consumer source dir> <work dir> <cc>
set -eu
build=$1 consumer=$2 work=$3 cc=$4
rm -rf "$work"
mkdir -p "$work"
cmake --install "$build" --prefix "$work/prefix" --component cescape-rt >/dev/null

cmake -S "$consumer" -B "$work/cmake" -DCMAKE_C_COMPILER="$cc" \
  -DCMAKE_PREFIX_PATH="$work/prefix" >/dev/null
cmake --build "$work/cmake" >/dev/null
"$work/cmake/consumer_shared"
"$work/cmake/consumer_static"

pc=$(find "$work/prefix" -name cescape-rt.pc)
PKG_CONFIG_PATH=$(dirname "$pc")
export PKG_CONFIG_PATH
libdir=$(pkg-config --variable=libdir cescape-rt)
# shellcheck disable=SC2046
"$cc" -o "$work/consumer_pc" "$consumer/main.c" $(pkg-config --cflags --libs cescape-rt) \
  -Wl,-rpath,"$libdir"
"$work/consumer_pc"
echo "install_consumer: find_package and pkg-config consumers ran"
