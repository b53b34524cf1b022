// Roles and the one permission table. Every check in the staff area goes through `can`.

export const roles = ['admin', 'editor', 'author', 'contributor', 'moderator'] as const;
export type Role = (typeof roles)[number];

export const roleLabels: Record<Role, string> = {
  admin: 'Administrator',
  editor: 'Editor',
  author: 'Author',
  contributor: 'Contributor',
  moderator: 'Moderator',
};

export type Permission =
  | 'desk.view' // the dashboard
  | 'article.write' // create articles and edit one's own drafts
  | 'article.publishOwn' // publish or schedule one's own articles
  | 'article.editAny' // edit and publish anyone's articles
  | 'editorial.manage' // editor's notes, corrections, clarifications, updates, retractions
  | 'comment.moderate'
  | 'people.manage' // authors, sections and tags
  | 'settings.manage' // publication settings
  | 'user.manage' // staff accounts and roles
  | 'audit.view';

const table: Record<Permission, readonly Role[]> = {
  'desk.view': ['admin', 'editor', 'author', 'contributor', 'moderator'],
  'article.write': ['admin', 'editor', 'author', 'contributor'],
  'article.publishOwn': ['admin', 'editor', 'author'],
  'article.editAny': ['admin', 'editor'],
  'editorial.manage': ['admin', 'editor'],
  'comment.moderate': ['admin', 'editor', 'moderator'],
  'people.manage': ['admin', 'editor'],
  'settings.manage': ['admin'],
  'user.manage': ['admin'],
  'audit.view': ['admin'],
};

export const permissionTable: Readonly<Record<Permission, readonly Role[]>> = table;

export function can(role: Role, permission: Permission): boolean {
  return table[permission].includes(role);
}

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}
