export interface Tag {
  id: number;
  slug: string;
  name: string;
}
