package org.parley.support;

import org.parley.captcha.CaptchaService;

/** Solves captchas the way only the server can: by deriving the words from the token. */
public final class Captchas {

    private Captchas() {
    }

    public static String answer(CaptchaService captcha, String token) {
        return String.join(" ", captcha.wordsOf(token).orElseThrow());
    }
}
