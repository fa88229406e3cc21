/**
 * Document posting policies (PST-2) and the posting-entry date each implies (PST-3), stated once:
 * {@link org.studiokit.posting.policy.PostingPolicy}.
 */
package org.studiokit.posting.policy;
