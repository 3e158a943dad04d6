package dev.dynamobackup.model;

/**
 * An error told to a person: what happened and what to do next. Details (the raw exception text)
 * are shown folded away.
 */
public record UserMessage(String what, String todo, String details) {
    public String sentence() {
        return todo == null || todo.isBlank() ? what : what + " " + todo;
    }
}
