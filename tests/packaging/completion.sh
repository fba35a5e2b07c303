#!/bin/bash
# bash completion of xynapctl, sourced as bash-completion would: commands, each command's options
# (from its help), the saved profile names (from `xynapctl profile list`). And the zsh completion
# parses and knows the same commands.
# usage: completion.sh CTL SOURCE_DIR WORKDIR
set -eu
CTL=$1 SRC=$2 WORK=$3
rm -rf "$WORK"; mkdir -p "$WORK/bin"
fail() { echo "completion: FAIL: $*" >&2; exit 1; }
ln -s "$CTL" "$WORK/bin/xynapctl"
export PATH="$WORK/bin:$PATH" XDG_CONFIG_HOME="$WORK/config"
xynapctl profile add prod --api http://127.0.0.1:1 >/dev/null
xynapctl profile add lab --api http://127.0.0.1:1 >/dev/null

. "$SRC/packaging/completion/xynapctl.bash"
complete -p xynapctl | grep -q _xynapctl || fail "not registered"
# expect "WORDS..." "COMPREPLY sorted"
expect() {
    read -r -a COMP_WORDS <<<"$1"
    [[ $1 == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _xynapctl
    got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
    [[ $got == "$2" ]] || fail "[$1] completed to [$got], expected [$2]"
}
expect "xynapctl " "check coverage help lint profile reload serve status token trunks watch"
expect "xynapctl ch" "check"
expect "xynapctl check --w" "--warning"
expect "xynapctl check --cr" "--critical"
expect "xynapctl status --w" ""
expect "xynapctl lint --j" "--json"
expect "xynapctl --prof" "--profile"
expect "xynapctl --profile " "lab prod"
expect "xynapctl --profile p" "prod"
expect "xynapctl --profile prod check --nod" "--node"
expect "xynapctl --profile prod check --no-c" "--no-config-check"
expect "xynapctl profile remove " "lab prod"
expect "xynapctl profile " "add list remove"
expect "xynapctl token " "clear set status"
expect "xynapctl help st" "status"

# The commands both completions offer are the ones xynapctl --help lists.
listed=$(xynapctl --help | awk '/^Commands:$/ { on = 1; next } /^$/ { on = 0 } on { print $1 }' | sort | tr '\n' ' ')
bash_cmds=$(sed -n 's/^ *local commands="\(.*\)"$/\1/p' "$SRC/packaging/completion/xynapctl.bash" | tr ' ' '\n' | sort | tr '\n' ' ')
[[ $listed == "$bash_cmds" ]] || fail "bash completion offers [$bash_cmds], --help lists [$listed]"
zsh_cmds=$(sed -n "s/^ *'\([a-z]*\):.*/\1/p" "$SRC/packaging/completion/_xynapctl" | sort | tr '\n' ' ')
[[ $listed == "$zsh_cmds" ]] || fail "zsh completion offers [$zsh_cmds], --help lists [$listed]"
zsh -n "$SRC/packaging/completion/_xynapctl" || fail "zsh cannot parse _xynapctl"
head -n 1 "$SRC/packaging/completion/_xynapctl" | grep -qx '#compdef xynapctl' || fail "no #compdef"
echo "completion: ok"
