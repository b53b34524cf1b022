// Attributes @kitajs/html's element types lack.
declare namespace JSX {
  interface HtmlImageTag {
    sizes?: undefined | string;
  }
}
