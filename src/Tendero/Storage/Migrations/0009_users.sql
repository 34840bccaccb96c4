-- People who sign in to the dashboard. Passwords are ASP.NET Core Identity hashes (PBKDF2, salted, versioned);
-- the stamp changes with the password, so a changed password signs every old cookie out.
CREATE TABLE users (
    id            {{id}},
    email         TEXT    NOT NULL,          -- lower case
    password_hash TEXT    NOT NULL,
    stamp         TEXT    NOT NULL,
    created_at    BIGINT  NOT NULL,
    updated_at    BIGINT  NOT NULL,
    UNIQUE (email)
);

-- What a user may see: owner or staff of one business, or admin of all ('*').
CREATE TABLE user_roles (
    user_id     BIGINT  NOT NULL,
    business_id TEXT    NOT NULL,            -- a business id, or '*' for admin
    role        TEXT    NOT NULL,            -- owner | staff | admin
    created_at  BIGINT  NOT NULL,
    PRIMARY KEY (user_id, business_id)
);
