#!/bin/sh
# Stands in for the claude CLI. It records how it was started, prints stream-json like Claude's and exits as told
# by files in its working directory (the project's checkout):
#   .fake-agent/hold             while this file exists, the agent waits
#   .fake-agent/exit-<command>   the exit code for /grd:<command> (default 0)
#   .fake-agent/write-<command>  a path, relative to the checkout, of a plan file to write for /grd:<command>
#   .fake-agent/ask              the agent asks a question and waits for a line of input
# A successful /grd:init writes .planning/ROADMAP.md, as GRD does; like GRD, /grd:init --auto without a document, or
# with one that is not there, says so and writes nothing (the CLI still exits 0: the model ended its turn). Like the CLI, it answers --version and
# plugin list --json (GRD installed) without running anything else.
grd_commands='"grd:map-codebase","grd:init","grd:new-milestone","grd:complete-milestone","grd:long-term-roadmap","grd:plan-milestone-gaps","grd:add-phase","grd:insert-phase","grd:remove-phase","grd:discuss-phase","grd:plan-phase","grd:list-phase-assumptions","grd:survey","grd:deep-dive","grd:feasibility","grd:compare-methods","grd:assess-baseline","grd:requirement","grd:product-plan","grd:discover","grd:principles"'
case "$1 $2 $3" in
    "--version  ") echo "2.1.332 (Claude Code)"; exit 0 ;;
    "plugin list --json") echo '[{"id":"grd@fake","version":"0.0.0-fake","scope":"user","enabled":true}]'; exit 0 ;;
esac
dir=.fake-agent
mkdir -p "$dir"
run="$dir/run-$(date +%s%N)-$$"
pwd > "$run.cwd"
for arg in "$0" "$@"; do printf '%s\0' "$arg"; done > "$run.argv"

eval "prompt=\${$#}"
command=${prompt#/grd:}
command=${command%% *}

printf '{"type":"system","subtype":"init","cwd":"%s","session_id":"fake-session","model":"fake","permissionMode":"bypassPermissions","claude_code_version":"2.1.332","slash_commands":[%s]}\n' "$PWD" "$grd_commands"
printf '{"type":"assistant","message":{"content":[{"type":"text","text":"Working on **%s**"}]}}\n' "$command"
while [ -e "$dir/hold" ]; do sleep 0.1; done
if [ -e "$dir/ask" ]; then
    printf 'Which phase first? '
    read -r answer
    echo "you said: $answer"
fi

code=0
[ -f "$dir/exit-$command" ] && code=$(cat "$dir/exit-$command")
if [ -f "$dir/write-$command" ]; then
    target=$(cat "$dir/write-$command")
    mkdir -p "$(dirname "$target")"
    printf '# Plan written by %s\n' "$command" > "$target"
fi
if [ "$command" = init ]; then
    case "$prompt" in
        *" --auto @"*)
            document=${prompt#* --auto @}
            document=${document%% *}
            [ -f "$document" ] || code=refused ;;
        *" --auto"*) code=refused ;;
    esac
fi
if [ "$code" = refused ]; then
    printf '{"type":"assistant","message":{"content":[{"type":"text","text":"Error: --auto needs a document: /grd:init --auto @document.md"}]}}\n'
    code=0
elif [ "$command" = init ] && [ "$code" = 0 ]; then
    mkdir -p .planning
    printf '# Roadmap\n' > .planning/ROADMAP.md
fi
printf '{"type":"result","subtype":"success","is_error":false,"duration_ms":12,"total_cost_usd":0.01,"num_turns":1,"result":"done","session_id":"fake-session","permission_denials":[]}\n'
exit "$code"
