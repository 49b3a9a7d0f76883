package org.parley.captcha;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.parley.shared.ParleyConfig;
import org.parley.shared.ServerSecret;

/**
 * Someone who holds the site's shared secret ({@code PARLEY_SECRET}) and so can work out a challenge's words
 * the way every node does: for tests that drive nodes running in other processes, where no
 * {@link CaptchaService} can be injected.
 */
public final class SecretHolder {

    private final CaptchaService captcha = new CaptchaService();

    public SecretHolder(String sharedSecret) {
        captcha.secret = new ServerSecret(settings(ParleyConfig.class, Map.of("secret", Optional.of(sharedSecret))));
        // The nodes' own defaults (parley.captcha.*): the words depend on how many a challenge shows.
        captcha.config = settings(CaptchaConfig.class, Map.of("enabled", true, "ttl", Duration.ofMinutes(10),
                "words", 2));
    }

    /** The words of the challenge behind {@code token}, as a reader types them. */
    public String answer(String token) {
        List<String> words = captcha.wordsOf(token).orElseThrow(() -> new IllegalArgumentException(
                "not a token signed with this secret: " + token));
        return String.join(" ", words);
    }

    @SuppressWarnings("unchecked")
    private static <T> T settings(Class<T> mapping, Map<String, Object> values) {
        return (T) Proxy.newProxyInstance(mapping.getClassLoader(), new Class<?>[] {mapping}, (proxy, method, args) -> {
            if (!values.containsKey(method.getName())) {
                throw new UnsupportedOperationException(mapping.getSimpleName() + "." + method.getName()
                        + " is not needed to solve a challenge");
            }
            return values.get(method.getName());
        });
    }
}
