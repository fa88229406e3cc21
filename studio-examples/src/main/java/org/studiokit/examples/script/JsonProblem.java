package org.studiokit.examples.script;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * Says in plain words what is wrong with text that is not the JSON a script must be, and where (line and column),
 * without the JSON library's internals (class names, feature names, character codes).
 */
final class JsonProblem {
    private static final Pattern UNEXPECTED_CHAR = Pattern.compile(
            "Unexpected character \\('(.*?)' \\(code \\d+\\)\\)(.*)", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("(?:Unrecognized|Non-standard) token '(.*?)'.*",
            Pattern.DOTALL);
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"", Pattern.DOTALL);
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.*?)'.*", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'.*", Pattern.DOTALL);

    /** A message fragment that identifies a problem, and how to say it. */
    private record Known(String fragment, String words) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("nesting depth", "arrays and objects are nested deeper than " + ScriptJson.MAX_DEPTH
                    + " levels"),
            new Known("String value length", "a string is longer than " + ScriptJson.MAX_STRING + " characters"),
            new Known("Number value length", "a number has more than " + ScriptJson.MAX_NUMBER_LENGTH + " digits"),
            new Known("Name length", "a field name is longer than 1000 characters"),
            new Known("Illegal unquoted character", "a string holds a raw control character (a line break or tab"
                    + " inside quotes must be written as \\n or \\t)"),
            new Known("Leading zeroes", "a number starts with a zero (write 7, not 07)"),
            new Known("in numeric value", "a number is cut short (a sign or decimal point without digits after it)"),
            new Known("Invalid UTF-8", "the file is not UTF-8 text"),
            new Known("Invalid surrogate", "the file is not UTF-8 text"));

    private JsonProblem() {
    }

    /** @return what is wrong and where, on one line, e.g. {@code a comma is missing ... (line 3, column 5)} */
    static String describe(JacksonException e, TokenStreamLocation fallback) {
        return what(e) + where(e.getLocation() != null ? e.getLocation() : fallback);
    }

    private static String what(JacksonException e) {
        if (e instanceof JacksonIOException) {
            return "the script could not be read to the end";
        }
        if (e instanceof UnexpectedEndOfInputException) {
            return "the text ends before the JSON is complete (an object, array or string is not closed)";
        }
        String text = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        for (Known known : KNOWN) {
            if (text.contains(known.fragment())) {
                return known.words();
            }
        }
        String matched = matched(text);
        if (matched != null) {
            return matched;
        }
        return e instanceof StreamConstraintsException ? "the script is too large in one of its parts"
                : "the text is not well-formed JSON";
    }

    private static String matched(String text) {
        Matcher m = UNEXPECTED_CHAR.matcher(text);
        if (m.matches()) {
            return "unexpected " + Quote.of(m.group(1)) + expectation(m.group(2));
        }
        m = DUPLICATE.matcher(text);
        if (m.matches()) {
            return "the field " + Quote.of(m.group(1)) + " appears twice in the same object";
        }
        m = ESCAPE.matcher(text);
        if (m.matches()) {
            return "\\" + Quote.bare(m.group(1)) + " is not an escape JSON knows (use \\\", \\\\, \\/, \\b, \\f,"
                    + " \\n, \\r, \\t or \\uXXXX)";
        }
        m = UNRECOGNIZED.matcher(text);
        if (m.matches()) {
            return Quote.of(m.group(1)) + " is not a JSON value (text goes in double quotes; the only bare words are"
                    + " true, false and null)";
        }
        m = CLOSE.matcher(text);
        if (m.matches()) {
            return "a " + Quote.of(m.group(1)) + " closes nothing that is open";
        }
        return null;
    }

    private static String expectation(String rest) {
        if (rest.contains("double-quote to start property name")) {
            return ": a field name in double quotes belongs here (is there a comma too many?)";
        }
        if (rest.contains("comma to separate Object")) {
            return ": a comma is missing between two fields";
        }
        if (rest.contains("comma to separate Array")) {
            return ": a comma is missing between two items of a list";
        }
        if (rest.contains("colon")) {
            return ": a colon belongs between a field name and its value";
        }
        return ": a JSON value belongs here (text goes in double quotes, not single ones)";
    }

    private static String where(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
