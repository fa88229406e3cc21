package org.studiokit.posting.policy;

/**
 * A posting policy's answer for one document in one run (PST-2).
 *
 * @param posts  whether it posts
 * @param reason why not (empty when it posts)
 */
public record Decision(boolean posts, String reason) {
    private static final Decision POSTS = new Decision(true, "");

    /** @return "it posts" */
    public static Decision post() {
        return POSTS;
    }

    /** @return "not in this run", and why */
    public static Decision waits(String reason) {
        return new Decision(false, reason);
    }
}
