package newswire.model;

/**
 * An article as a producer publishes it to {@code news.raw}. Only {@code body} is required; the timestamps stay text
 * because scrapers write them in many formats and the cleaner, not the deserializer, decides what they mean.
 *
 * @param id          stable article id from the producer (URL or file-name hash); the record key
 * @param source      where it came from: a URL or a file name
 * @param contentType {@value #TEXT_PLAIN} or {@value #TEXT_HTML}
 * @param body        the raw text or HTML
 * @param fetchedAt   when the producer read it, ISO-8601
 * @param url         canonical URL, when known
 * @param title       title, when the scraper knows it
 * @param language    ISO 639-1 language, when the scraper knows it
 * @param publishedAt publication time, when the scraper knows it
 */
public record RawArticle(String id, String source, String contentType, String body, String fetchedAt,
                         String url, String title, String language, String publishedAt) {

    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isHtml() {
        return contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith(TEXT_HTML);
    }
}
