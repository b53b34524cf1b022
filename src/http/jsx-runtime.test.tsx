import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

describe('the JSX runtime', () => {
  it('escapes every special character in attribute values', () => {
    const typed = `a & <b> "q" 's' &quot;`;
    assert.equal(<input value={typed} />, '<input value="a &amp; &lt;b&gt; &#34;q&#34; &#39;s&#39; &amp;quot;"/>');
  });
  it('escapes children only with safe, as before', () => {
    const paragraph = (text: string) => <p safe>{text}</p>;
    assert.equal(paragraph('<i>x</i>'), '<p>&lt;i>x&lt;/i></p>');
  });
  it('leaves plain values, numbers and booleans alone', () => {
    assert.equal(<a href="/articles/x?page=2" tabindex={-1} hidden={true}>x</a>, '<a href="/articles/x?page=2" tabindex="-1" hidden>x</a>');
  });
});
