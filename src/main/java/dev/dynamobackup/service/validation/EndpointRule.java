package dev.dynamobackup.service.validation;

import dev.dynamobackup.model.Problem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * A custom endpoint URL: http or https, with a host, and no user info. A {@code user:pass@} part would be
 * kept in the settings and logs, and the SDK signs requests with the profile's keys anyway, so it is
 * refused (and never repeated back, since it may hold a password).
 */
public final class EndpointRule {
    private EndpointRule() {
    }

    public static Optional<Problem> check(String url) {
        if (url == null || url.isBlank()) return Optional.of(Problem.of("endpoint.empty"));
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of(Problem.of("endpoint.syntax"));
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            return Optional.of(Problem.of("endpoint.userInfo"));
        }
        if (uri.getScheme() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
            return Optional.of(Problem.of("endpoint.scheme", NameRules.shorten(url.trim())));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) return Optional.of(Problem.of("endpoint.host", NameRules.shorten(url.trim())));
        return Optional.empty();
    }

    /** The URL once {@link #check} found nothing wrong. */
    public static URI parse(String url) {
        check(url).ifPresent(p -> {
            throw new InputRefusedException(p);
        });
        return URI.create(url.trim());
    }
}
