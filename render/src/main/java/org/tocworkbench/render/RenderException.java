package org.tocworkbench.render;

/** A diagram could not be produced: an engine is missing, failed or timed out. The message is for the user. */
public final class RenderException extends Exception {
    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
