package io.iamgate.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An Action/NotAction entry of a policy: {@code *}, {@code s3:*}, {@code s3:Get*},
 * {@code ec2:Describe?nstances}, {@code *code*:List*}. Matching is case-insensitive with IAM's
 * {@code *} and {@code ?} wildcards, in the service part as well as the action part.
 */
public final class ActionPattern {

    private final String text;
    private final boolean wellFormed;
    private final String servicePart;
    private final String actionPart;
    private final String lowerService;
    private final String lowerAction;

    private ActionPattern(String text, boolean wellFormed, String servicePart, String actionPart) {
        this.text = text;
        this.wellFormed = wellFormed;
        this.servicePart = servicePart;
        this.actionPart = actionPart;
        this.lowerService = servicePart.toLowerCase(Locale.ROOT);
        this.lowerAction = actionPart.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses an entry. Never fails: an entry that is not {@code *} and not {@code service:action}
     * with both parts non-empty is not {@link #isWellFormed() well formed} and matches nothing.
     */
    public static ActionPattern parse(String text) {
        if (text.equals("*")) {
            return new ActionPattern(text, true, "*", "*");
        }
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':', colon + 1) >= 0) {
            return new ActionPattern(
                    text,
                    false,
                    colon < 0 ? text : text.substring(0, colon),
                    colon < 0 ? "" : text.substring(colon + 1));
        }
        return new ActionPattern(text, true, text.substring(0, colon), text.substring(colon + 1));
    }

    /** The entry as written. */
    public String text() {
        return text;
    }

    public boolean isWellFormed() {
        return wellFormed;
    }

    /** The part before the colon as written ({@code *} for the bare {@code *} entry). */
    public String servicePart() {
        return servicePart;
    }

    /** The part after the colon as written. */
    public String actionPart() {
        return actionPart;
    }

    /** The bare {@code *}, or {@code *:*}: every action of every service. */
    public boolean isAll() {
        return wellFormed && lowerService.equals("*") && lowerAction.equals("*");
    }

    public boolean hasWildcard() {
        return serviceHasWildcard() || Glob.hasWildcard(lowerAction);
    }

    /** WILDCARD_IN_SERVICE_NAME: a wildcard in the service part (the bare {@code *} included). */
    public boolean serviceHasWildcard() {
        return Glob.hasWildcard(lowerService);
    }

    /** Whether this entry covers the action named {@code service:action} (case-insensitive). */
    public boolean matches(String service, String action) {
        return wellFormed
                && Glob.matches(lowerService, service.toLowerCase(Locale.ROOT))
                && Glob.matches(lowerAction, action.toLowerCase(Locale.ROOT));
    }

    public boolean matches(Action action) {
        return matches(action.service(), action.name());
    }

    /** The reference's actions this entry covers; literal services and prefixes are index lookups. */
    public List<Action> matches(IamReference reference) {
        if (isAll()) {
            return reference.allActions();
        }
        List<Service> services = services(reference);
        if (services.size() == 1) {
            return services.get(0).actionsMatching(lowerAction);
        }
        List<Action> out = new ArrayList<>();
        for (Service service : services) {
            out.addAll(service.actionsMatching(lowerAction));
        }
        return out;
    }

    /**
     * The services whose actions this entry may name (none when it is not well formed); with
     * {@link #lowerActionGlob()} and {@link Service#actionIndexesMatching}, the same actions as
     * {@link #matches(IamReference)} without decoding any.
     */
    public List<Service> services(IamReference reference) {
        if (!wellFormed) {
            return List.of();
        }
        if (!Glob.hasWildcard(lowerService)) {
            return reference.service(lowerService).map(List::of).orElse(List.of());
        }
        List<Service> out = new ArrayList<>();
        for (Service service : reference.services()) {
            if (Glob.matches(lowerService, service.prefix().toLowerCase(Locale.ROOT))) {
                out.add(service);
            }
        }
        return out;
    }

    /** The part after the colon, lowercase, as {@link Service#actionIndexesMatching} takes it. */
    public String lowerActionGlob() {
        return lowerAction;
    }

    /**
     * Whether every action name this entry's text could match is matched by this one, judged on the
     * patterns alone (so also for actions the reference does not know). Exact duplicates differing
     * only in case cover each other.
     */
    public boolean covers(ActionPattern other) {
        return wellFormed
                && other.wellFormed
                && Glob.covers(lowerService, other.lowerService)
                && Glob.covers(lowerAction, other.lowerAction);
    }

    /**
     * REDUNDANT_ACTION's test: {@link #covers(ActionPattern) covers} the other entry by pattern, or
     * the other entry matches at least one known action and every action it matches is matched by
     * this entry ({@code iam:Get*} covers {@code iam:GetCredentialReport}; {@code s3:*Object} covers
     * {@code s3:GetObject}).
     */
    public boolean covers(ActionPattern other, IamReference reference) {
        if (covers(other)) {
            return true;
        }
        if (!wellFormed) {
            return false;
        }
        List<Action> theirs = other.matches(reference);
        if (theirs.isEmpty()) {
            return false;
        }
        for (Action action : theirs) {
            if (!matches(action)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ActionPattern other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
