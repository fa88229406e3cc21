/** The hash-chained audit log of privileged actions and changes to posted records (AUD-1), with its verifier. */
package org.studiokit.core.audit;
