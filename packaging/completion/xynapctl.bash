# bash completion for xynapctl. The options of each command come from `xynapctl help COMMAND`
# (the same table as its --help and its man page), the profile names from `xynapctl profile list`.

_xynapctl_profiles()
{
    xynapctl profile list 2>/dev/null | while read -r name _; do printf '%s\n' "$name"; done
}

_xynapctl()
{
    local cur prev cmd word i sub
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}
    local commands="trunks status check watch serve reload lint coverage profile token help"

    # The command: the first word that is neither an option nor an option's value.
    cmd="" sub=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case "$word" in
        --profile|--api|--esl|--ca-file|--pin|-t|--timeout|--file|--ufw|--ufw6|--acl|\
        --gateway|--node|-w|--warning|-c|--critical|--sofia-profile|--from|--listen|--api-refresh|\
        --auth-file|--basic-auth-file|--tls-cert|--tls-key) ((i++)); continue ;;
        -*) continue ;;
        esac
        if [[ -z $cmd ]]; then cmd=$word; elif [[ -z $sub ]]; then sub=$word; fi
    done

    case "$prev" in
    --profile) mapfile -t COMPREPLY < <(compgen -W "$(_xynapctl_profiles)" -- "$cur"); return ;;
    --file|--ufw|--ufw6|--acl|--ca-file|--auth-file|--basic-auth-file|--tls-cert|--tls-key) mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
    --api|--esl|--pin|-t|--timeout|--gateway|--node|-w|--warning|-c|--critical|--sofia-profile|\
    --from|--listen|--api-refresh) return ;;
    esac

    if [[ $cur == -* ]]; then
        local help
        # The command's own options and those of every command (or, before one, the latter).
        help=$(
            xynapctl --help 2>/dev/null
            if [[ -n $cmd ]]; then xynapctl help "$cmd" 2>/dev/null; fi
            true
        )
        local options
        options=$(printf '%s\n' "$help" | grep -oE -- '(^|[ ,])--?[a-zA-Z][a-z0-9-]*' | tr -d ' ,' | sort -u)
        mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
        return
    fi
    case "$cmd" in
    "") mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur") ;;
    help) [[ -z $sub ]] && mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur") ;;
    trunks)
        if [[ -z $sub ]]; then mapfile -t COMPREPLY < <(compgen -W "list get export apply" -- "$cur")
        elif [[ $sub == apply ]]; then mapfile -t COMPREPLY < <(compgen -f -- "$cur"); fi ;;
    profile)
        if [[ -z $sub ]]; then mapfile -t COMPREPLY < <(compgen -W "list add remove" -- "$cur")
        elif [[ $sub == remove ]]; then mapfile -t COMPREPLY < <(compgen -W "$(_xynapctl_profiles)" -- "$cur"); fi ;;
    token) [[ -z $sub ]] && mapfile -t COMPREPLY < <(compgen -W "set clear status" -- "$cur") ;;
    esac
}
complete -F _xynapctl xynapctl
