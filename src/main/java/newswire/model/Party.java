package newswire.model;

/**
 * Who or where a claim is about: a country with its ISO 3166-1 alpha-3 code ({@code PRK}), or an organisation with its
 * own short name as code ({@code NATO}).
 */
public record Party(String name, String code) {
}
