/**
 * What counts as a word character, shared by the stages that read text (cleaning's comparison keys and line
 * features, the dedupe's word hashes), so that they never disagree on where a word ends. Plain Java.
 */
package newswire.text;
